package dev.latchkey.application.admin;

import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.revocation.EndGrant;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner or admin removes a member from their organization, or themselves. Only owners remove owners,
 * and the last owner cannot be removed, not even by themselves ({@link MemberRules}).
 *
 * <p>The member's tokens for this organization stop working on their next call (the gateway, refresh and
 * introspection need a live membership), and their grants in it are ended too, so that adding them back
 * later does not bring old tokens back to life. Anyone who is not a member of the organization, and any
 * user id that is not a member of it, gets {@link NotFound}.
 */
public final class RemoveMemberFromOrganization {

    private final OrganizationAccess access;
    private final Memberships memberships;
    private final Grants grants;
    private final EndGrant endGrant;
    private final Transactions transactions;
    private final Clock clock;

    public RemoveMemberFromOrganization(Users users, Organizations organizations, Memberships memberships,
            Grants grants, RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        this.access = new OrganizationAccess(users, organizations, memberships);
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.endGrant = new EndGrant(grants, refreshTokens);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who removes ({@code actor}), from which organization, whom ({@code member}; the actor to leave). */
    public record Command(UserId actor, OrgId organization, UserId member) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(member, "member");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Removed, Rejected, Forbidden, NotFound {}

    /**
     * {@code member} no longer belongs to {@code organization}; {@code grantsEnded} of their grants in it
     * were still active and are now revoked.
     */
    public record Removed(Organization organization, Member member, int grantsEnded) implements Result {}

    /** Nobody may do this now (the last owner); {@code reason} says what to do instead. */
    public record Rejected(String reason) implements Result {}

    /** The actor's role does not allow it (a plain member, or an admin removing an owner). */
    public record Forbidden(String reason) implements Result {}

    /** No such organization or member, or the actor is not a member of the organization. */
    public record NotFound() implements Result {}

    public Result remove(Command command) {
        return transactions.inTransaction(() -> switch (access.of(command.actor(), command.organization())) {
            case OrganizationAccess.Outsider outsider -> new NotFound();
            case OrganizationAccess.PlainMember member -> new Forbidden(OrganizationAccess.notAllowed(member.organization()));
            case OrganizationAccess.Administrator administrator -> removeAs(administrator, command);
        });
    }

    private Result removeAs(OrganizationAccess.Administrator administrator, Command command) {
        Organization organization = administrator.organization();
        Optional<Member> member = access.member(organization.id(), command.member());
        if (member.isEmpty()) {
            return new NotFound();
        }
        return switch (MemberRules.remove(administrator.membership().role(), member.get().role(),
                access.owners(organization.id()))) {
            case MemberRules.Forbidden no -> new Forbidden(no.reason());
            case MemberRules.Refused no -> new Rejected(no.reason());
            case MemberRules.Allowed yes -> {
                memberships.remove(command.member(), organization.id());
                yield new Removed(organization, member.get(), endGrants(command.member(), organization.id()));
            }
        };
    }

    private int endGrants(UserId member, OrgId organization) {
        Instant now = clock.instant();
        List<Grant> active = grants.ofUser(member).stream()
                .filter(grant -> grant.orgId().equals(organization) && grant.isActive())
                .toList();
        int ended = 0;
        for (Grant grant : active) {
            if (endGrant.end(grant.id(), now)) {
                ended++;
            }
        }
        return ended;
    }
}
