package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.adapters.http.oauth.OAuthRoutes;
import dev.latchkey.adapters.sqlite.SqliteStorage;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.org.AddOrganization;
import dev.latchkey.application.org.JoinOrganization;
import dev.latchkey.application.org.ListOrganizations;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.SigningKeys;
import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.resource.ListProtectedResources;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.application.user.ListUsers;

/** Bundles what the entry points (server, commands) take from the graph. */
@Module
public final class EntryPointsModule {

    private EntryPointsModule() {}

    @Provides
    static ServerParts serverParts(ServerSettings settings, OAuthRoutes.UseCases useCases,
            DescribeServer describeServer, SigningKeys signingKeys, RandomTokens random, SqliteStorage storage) {
        return new ServerParts(settings, useCases, describeServer, signingKeys, random, storage);
    }

    @Provides
    static CommandParts commandParts(AddUser addUser, ListUsers listUsers, AddOrganization addOrganization,
            JoinOrganization joinOrganization, ListOrganizations listOrganizations,
            AddProtectedResource addProtectedResource, ListProtectedResources listProtectedResources,
            DescribeServer describeServer, SqliteStorage storage) {
        return new CommandParts(addUser, listUsers, addOrganization, joinOrganization, listOrganizations,
                addProtectedResource, listProtectedResources, describeServer, storage);
    }
}
