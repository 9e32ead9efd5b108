package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.util.Objects;

/**
 * Who may manage the protected resources. Resources belong to the whole server, not to an
 * organization, so their administrators are the active users who own or administer at least one
 * organization.
 */
final class ResourceAdministrators {

    static final String NOT_ALLOWED = "Only owners and admins of an organization can manage the protected"
            + " resources.";

    private final Users users;
    private final Memberships memberships;

    ResourceAdministrators(Users users, Memberships memberships) {
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
    }

    boolean include(UserId actor) {
        return users.find(actor).filter(User::isActive).isPresent()
                && memberships.ofUser(actor).stream().map(Membership::role).anyMatch(role -> role.mayAdminister());
    }
}
