package dev.latchkey.application.activity;

import dev.latchkey.application.port.ActivityLog;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.audit.ProxiedCall;
import dev.latchkey.domain.client.Client;
import java.util.List;
import java.util.Objects;

/** The newest calls the gateway forwarded, with the names people read ({@code activity list}). */
public final class ListActivity {

    private final ActivityLog activity;
    private final Users users;
    private final Organizations organizations;
    private final Clients clients;

    public ListActivity(ActivityLog activity, Users users, Organizations organizations, Clients clients) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.users = Objects.requireNonNull(users, "users");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** How many calls to show. */
    public record Command(int limit) {
        public Command {
            if (limit < 1 || limit > 10_000) {
                throw new IllegalArgumentException("limit must be between 1 and 10000");
            }
        }
    }

    /** A call with its user, organization and client by name (ids when they were deleted since). */
    public record Listed(ProxiedCall call, String username, String organization, String client) {}

    public List<Listed> list(Command command) {
        return activity.recent(command.limit()).stream().map(call -> new Listed(call,
                users.find(call.userId()).map(user -> user.username().value()).orElse(call.userId().value()),
                organizations.find(call.orgId()).map(org -> org.name().value()).orElse(call.orgId().value()),
                clients.find(call.clientId()).map(Client::displayName).orElse(call.clientId().value())))
                .toList();
    }
}
