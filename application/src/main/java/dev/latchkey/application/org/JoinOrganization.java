package dev.latchkey.application.org;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a user to an organization with a role, or changes their role if they already belong to it
 * ({@code orgs join USERNAME ORG --role ROLE}).
 */
public final class JoinOrganization {

    private final Users users;
    private final Organizations organizations;
    private final Memberships memberships;
    private final Transactions transactions;
    private final Clock clock;

    public JoinOrganization(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who joins which organization, with which role. */
    public record Command(Username username, OrgName organization, Role role) {
        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Joined, Rejected {}

    /** Done; {@code previousRole} is present when only the role changed. */
    public record Joined(User user, Organization organization, Role role, Optional<Role> previousRole)
            implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result join(Command command) {
        return transactions.inTransaction(() -> {
            Optional<User> user = users.findByUsername(command.username());
            if (user.isEmpty()) {
                return new Rejected("There is no user named " + command.username() + ". Create it first: users add "
                        + command.username() + " --org " + command.organization() + " --password-stdin");
            }
            Optional<Organization> organization = organizations.findByName(command.organization());
            if (organization.isEmpty()) {
                return new Rejected("There is no organization named " + command.organization()
                        + ". Create it first: orgs add " + command.organization());
            }
            Optional<Membership> existing = memberships.find(user.get().id(), organization.get().id());
            memberships.put(new Membership(user.get().id(), organization.get().id(), command.role(),
                    existing.map(Membership::since).orElse(clock.instant())));
            return new Joined(user.get(), organization.get(), command.role(), existing.map(Membership::role));
        });
    }
}
