package dev.latchkey.bootstrap.wiring;

import dev.latchkey.adapters.sqlite.SqliteStorage;
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

/** The use cases behind the management commands, resolved from the graph. */
public record CommandParts(
        AddUser addUser,
        ListUsers listUsers,
        SetUserDisabled setUserDisabled,
        ResetPassword resetPassword,
        AddOrganization addOrganization,
        JoinOrganization joinOrganization,
        RemoveMember removeMember,
        ListOrganizations listOrganizations,
        AddProtectedResource addProtectedResource,
        ListProtectedResources listProtectedResources,
        RemoveProtectedResource removeProtectedResource,
        ListGrants listGrants,
        RevokeGrant revokeGrant,
        ListActivity listActivity,
        ForgetUnusedClients forgetUnusedClients,
        DescribeServer describeServer,
        SqliteStorage storage) {}
