package dev.latchkey.application.grant;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Lists grants, newest first, for everyone or one user ({@code grants list [--user USERNAME]}). */
public final class ListGrants {

    private static final int LIMIT = 500;

    private final Grants grants;
    private final Users users;
    private final Organizations organizations;
    private final Clients clients;

    public ListGrants(Grants grants, Users users, Organizations organizations, Clients clients) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.users = Objects.requireNonNull(users, "users");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** Everyone's grants, or {@code user}'s. */
    public record Command(Optional<Username> user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /** A grant with the names a person reads. */
    public record Listed(Grant grant, String username, String organization, String client) {}

    /** The outcome. */
    public sealed interface Result permits Found, Rejected {}

    public record Found(List<Listed> grants) implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result list(Command command) {
        List<Grant> found;
        if (command.user().isPresent()) {
            Optional<User> user = users.findByUsername(command.user().get());
            if (user.isEmpty()) {
                return new Rejected("There is no user named " + command.user().get() + "; see users list.");
            }
            found = grants.ofUser(user.get().id());
        } else {
            found = grants.recent(LIMIT);
        }
        return new Found(found.stream().map(grant -> new Listed(grant,
                users.find(grant.userId()).map(user -> user.username().value()).orElse(grant.userId().value()),
                organizations.find(grant.orgId()).map(org -> org.name().value()).orElse(grant.orgId().value()),
                clients.find(grant.clientId()).map(client -> client.displayName()).orElse(grant.clientId().value())))
                .toList());
    }
}
