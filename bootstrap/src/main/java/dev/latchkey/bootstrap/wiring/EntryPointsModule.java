package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.adapters.http.LatchkeyHttpServer;
import dev.latchkey.adapters.sqlite.SqliteStorage;
import dev.latchkey.application.account.FirstRunSetup;
import dev.latchkey.application.activity.ListActivity;
import dev.latchkey.application.grant.ListGrants;
import dev.latchkey.application.grant.RevokeGrant;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.org.AddOrganization;
import dev.latchkey.application.org.JoinOrganization;
import dev.latchkey.application.org.ListOrganizations;
import dev.latchkey.application.org.RemoveMember;
import dev.latchkey.application.registration.ForgetUnusedClients;
import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.resource.ListProtectedResources;
import dev.latchkey.application.resource.RemoveProtectedResource;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.application.user.ListUsers;
import dev.latchkey.application.user.ResetPassword;
import dev.latchkey.application.user.SetUserDisabled;

/** Bundles what the entry points (server, commands) take from the graph. */
@Module
public final class EntryPointsModule {

    private EntryPointsModule() {}

    @Provides
    static ServerParts serverParts(LatchkeyHttpServer.Parts http, DescribeServer describeServer,
            SqliteStorage storage, ForgetUnusedClients housekeeping, FirstRunSetup firstRunSetup) {
        return new ServerParts(http, describeServer, storage, housekeeping, firstRunSetup);
    }

    @Provides
    static CommandParts commandParts(AddUser addUser, ListUsers listUsers, SetUserDisabled setUserDisabled,
            ResetPassword resetPassword, AddOrganization addOrganization, JoinOrganization joinOrganization,
            RemoveMember removeMember, ListOrganizations listOrganizations,
            AddProtectedResource addProtectedResource, ListProtectedResources listProtectedResources,
            RemoveProtectedResource removeProtectedResource, ListGrants listGrants, RevokeGrant revokeGrant,
            ListActivity listActivity, ForgetUnusedClients forgetUnusedClients, DescribeServer describeServer,
            SqliteStorage storage) {
        return new CommandParts(addUser, listUsers, setUserDisabled, resetPassword, addOrganization,
                joinOrganization, removeMember, listOrganizations, addProtectedResource, listProtectedResources,
                removeProtectedResource, listGrants, revokeGrant, listActivity, forgetUnusedClients, describeServer,
                storage);
    }
}
