package dev.latchkey.bootstrap.wiring;

import dev.latchkey.adapters.sqlite.SqliteStorage;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.org.AddOrganization;
import dev.latchkey.application.org.JoinOrganization;
import dev.latchkey.application.org.ListOrganizations;
import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.resource.ListProtectedResources;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.application.user.ListUsers;

/** The use cases behind the management commands, resolved from the graph. */
public record CommandParts(AddUser addUser, ListUsers listUsers, AddOrganization addOrganization,
        JoinOrganization joinOrganization, ListOrganizations listOrganizations,
        AddProtectedResource addProtectedResource, ListProtectedResources listProtectedResources,
        DescribeServer describeServer, SqliteStorage storage) {}
