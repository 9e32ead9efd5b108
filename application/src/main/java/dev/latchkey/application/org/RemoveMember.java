package dev.latchkey.application.org;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.util.Objects;
import java.util.Optional;

/**
 * Removes a user from an organization ({@code orgs remove-member USERNAME ORG}). Their tokens for that
 * organization stop working on the very next call: the gateway, introspection and refresh all re-check
 * membership.
 */
public final class RemoveMember {

    private final Users users;
    private final Organizations organizations;
    private final Memberships memberships;
    private final Transactions transactions;

    public RemoveMember(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions) {
        this.users = Objects.requireNonNull(users, "users");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Who leaves which organization. */
    public record Command(Username username, OrgName organization) {
        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(organization, "organization");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Removed, Rejected {}

    public record Removed(User user, Organization organization) implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result remove(Command command) {
        return transactions.inTransaction(() -> {
            Optional<User> user = users.findByUsername(command.username());
            if (user.isEmpty()) {
                return new Rejected("There is no user named " + command.username() + "; see users list.");
            }
            Optional<Organization> organization = organizations.findByName(command.organization());
            if (organization.isEmpty()) {
                return new Rejected("There is no organization named " + command.organization() + "; see orgs list.");
            }
            if (!memberships.remove(user.get().id(), organization.get().id())) {
                return new Rejected(command.username() + " is not a member of " + command.organization() + ".");
            }
            return new Removed(user.get(), organization.get());
        });
    }
}
