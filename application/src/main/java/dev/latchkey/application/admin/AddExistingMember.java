package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import dev.latchkey.domain.validation.Parsed;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner or admin adds a user who already has an account to their organization, with a role; a user
 * may belong to several organizations. Only owners give the owner role ({@link MemberRules}). Anyone who
 * is not a member of the organization gets {@link NotFound}.
 */
public final class AddExistingMember {

    private final OrganizationAccess access;
    private final Users users;
    private final Memberships memberships;
    private final Transactions transactions;
    private final Clock clock;

    public AddExistingMember(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions, Clock clock) {
        this.access = new OrganizationAccess(users, organizations, memberships);
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who adds ({@code actor}), to which organization, whom ({@code username} as typed), as what. */
    public record Command(UserId actor, OrgId organization, String username, Role role) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Added, Rejected, Forbidden, NotFound {}

    /** {@code member} now belongs to {@code organization}. */
    public record Added(Organization organization, Member member) implements Result {}

    /** Not done: no such user, or already a member; {@code reason} says what to do instead. */
    public record Rejected(String reason) implements Result {}

    /** The actor's role does not allow it (a plain member, or an admin giving the owner role). */
    public record Forbidden(String reason) implements Result {}

    /** No such organization, or the actor is not a member of it. */
    public record NotFound() implements Result {}

    public Result add(Command command) {
        return transactions.inTransaction(() -> switch (access.of(command.actor(), command.organization())) {
            case OrganizationAccess.Outsider outsider -> new NotFound();
            case OrganizationAccess.PlainMember member -> new Forbidden(OrganizationAccess.notAllowed(member.organization()));
            case OrganizationAccess.Administrator administrator -> addAs(administrator, command);
        });
    }

    private Result addAs(OrganizationAccess.Administrator administrator, Command command) {
        if (MemberRules.add(administrator.membership().role(), command.role()) instanceof MemberRules.Forbidden no) {
            return new Forbidden(no.reason());
        }
        Organization organization = administrator.organization();
        Optional<User> user = Parsed.of(command.username(), Username::parse) instanceof Parsed.Valid<Username> name
                ? users.findByUsername(name.value())
                : Optional.empty();
        if (user.isEmpty()) {
            return new Rejected("There is no user named " + command.username().strip() + ". Check the name, or"
                    + " create a new user for " + organization.name() + " instead.");
        }
        Optional<Membership> existing = memberships.find(user.get().id(), organization.id());
        if (existing.isPresent()) {
            return new Rejected(user.get().username() + " is already a member of " + organization.name() + ", as "
                    + existing.get().role().wireName() + "; change their role in the list instead.");
        }
        Membership membership = new Membership(user.get().id(), organization.id(), command.role(), clock.instant());
        memberships.put(membership);
        return new Added(organization, new Member(user.get(), membership.role(), membership.since()));
    }
}
