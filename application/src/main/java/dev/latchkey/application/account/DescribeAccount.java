package dev.latchkey.application.account;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pages' navigation needs about the signed-in user: who they are, the organizations they
 * belong to with their role, which of them they administer (owners and admins manage members), and
 * whether they may manage the protected resources (owner or admin of at least one organization).
 */
public final class DescribeAccount {

    private final Users users;
    private final Memberships memberships;
    private final Organizations organizations;

    public DescribeAccount(Users users, Memberships memberships, Organizations organizations) {
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    /** Whose account: the signed-in user. */
    public record Command(UserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Described, NotFound {}

    /** One organization the user belongs to; {@code mayAdminister}: they may manage its members. */
    public record OrganizationRole(Organization organization, Role role, Instant since, boolean mayAdminister) {
        public OrganizationRole {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * The user, their organizations in the order they joined, and whether they may manage the protected
     * resources.
     */
    public record Described(User user, List<OrganizationRole> organizations, boolean mayAdministerResources)
            implements Result {
        public Described {
            Objects.requireNonNull(user, "user");
            organizations = List.copyOf(organizations);
        }
    }

    /** No such user, or the user is disabled. */
    public record NotFound() implements Result {}

    public Result describe(Command command) {
        Optional<User> user = users.find(command.user()).filter(User::isActive);
        if (user.isEmpty()) {
            return new NotFound();
        }
        List<OrganizationRole> roles = memberships.ofUser(command.user()).stream()
                .flatMap((Membership membership) -> organizations.find(membership.orgId())
                        .map(organization -> new OrganizationRole(organization, membership.role(), membership.since(),
                                membership.role().mayAdminister()))
                        .stream())
                .toList();
        return new Described(user.get(), roles, roles.stream().anyMatch(OrganizationRole::mayAdminister));
    }
}
