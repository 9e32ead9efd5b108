package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner or admin changes a member's role. Only owners give, change or take away the owner role;
 * nobody changes their own role; an organization always keeps at least one owner ({@link MemberRules}).
 * The new role applies to the member's tokens on their next call: the gateway reads the role of the
 * grant's user live. Anyone who is not a member of the organization, and any user id that is not a
 * member of it, gets {@link NotFound}.
 */
public final class ChangeMemberRole {

    private final OrganizationAccess access;
    private final Memberships memberships;
    private final Transactions transactions;

    public ChangeMemberRole(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions) {
        this.access = new OrganizationAccess(users, organizations, memberships);
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Who changes ({@code actor}), in which organization, whose role ({@code member}), to what. */
    public record Command(UserId actor, OrgId organization, UserId member, Role role) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Changed, Rejected, Forbidden, NotFound {}

    /** {@code member} now has their new role; {@code previousRole} is the one they had (maybe the same). */
    public record Changed(Organization organization, Member member, Role previousRole) implements Result {}

    /** Nobody may do this now (your own role, or the last owner); {@code reason} says what to do instead. */
    public record Rejected(String reason) implements Result {}

    /** The actor's role does not allow it (a plain member, or an admin touching the owner role). */
    public record Forbidden(String reason) implements Result {}

    /** No such organization or member, or the actor is not a member of the organization. */
    public record NotFound() implements Result {}

    public Result change(Command command) {
        return transactions.inTransaction(() -> switch (access.of(command.actor(), command.organization())) {
            case OrganizationAccess.Outsider outsider -> new NotFound();
            case OrganizationAccess.PlainMember member -> new Forbidden(OrganizationAccess.notAllowed(member.organization()));
            case OrganizationAccess.Administrator administrator -> changeAs(administrator, command);
        });
    }

    private Result changeAs(OrganizationAccess.Administrator administrator, Command command) {
        Organization organization = administrator.organization();
        Optional<Member> member = access.member(organization.id(), command.member());
        if (member.isEmpty()) {
            return new NotFound();
        }
        Role previous = member.get().role();
        return switch (MemberRules.changeRole(command.actor(), administrator.membership().role(), command.member(),
                previous, command.role(), access.owners(organization.id()))) {
            case MemberRules.Forbidden no -> new Forbidden(no.reason());
            case MemberRules.Refused no -> new Rejected(no.reason());
            case MemberRules.Allowed yes -> {
                memberships.put(new Membership(command.member(), organization.id(), command.role(),
                        member.get().since()));
                yield new Changed(organization, new Member(member.get().user(), command.role(), member.get().since()),
                        previous);
            }
        };
    }
}
