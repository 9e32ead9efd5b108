package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Lists an organization's members for one of its owners or admins, with what the reader may do to each
 * (so a page offers only what {@link ChangeMemberRole} and {@link RemoveMemberFromOrganization} will
 * accept; the rules are in {@link MemberRules}). Anyone who is not a member of the organization gets
 * {@link NotFound}, as for an organization that does not exist.
 */
public final class ListMembers {

    private final OrganizationAccess access;

    public ListMembers(Users users, Organizations organizations, Memberships memberships) {
        this.access = new OrganizationAccess(users, organizations, memberships);
    }

    /** Who asks ({@code actor}, the signed-in user), about which organization. */
    public record Command(UserId actor, OrgId organization) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Listed, Forbidden, NotFound {}

    /**
     * The members in the order they joined; {@code yourRole} is the reader's, {@code rolesYouMayGrant}
     * what the reader may give someone they add.
     */
    public record Listed(Organization organization, Role yourRole, List<Row> members, List<Role> rolesYouMayGrant)
            implements Result {
        public Listed {
            members = List.copyOf(members);
            rolesYouMayGrant = List.copyOf(rolesYouMayGrant);
        }
    }

    /**
     * One member: {@code isYou} marks the reader; {@code rolesYouMayGive} are the other roles the reader
     * may change this member to (empty when none); {@code youMayRemove} whether the reader may remove them.
     */
    public record Row(Member member, boolean isYou, List<Role> rolesYouMayGive, boolean youMayRemove) {
        public Row {
            Objects.requireNonNull(member, "member");
            rolesYouMayGive = List.copyOf(rolesYouMayGive);
        }
    }

    /** A plain member of the organization: only owners and admins list its members. */
    public record Forbidden(String reason) implements Result {}

    /** No such organization, or the actor is not a member of it. */
    public record NotFound() implements Result {}

    public Result list(Command command) {
        return switch (access.of(command.actor(), command.organization())) {
            case OrganizationAccess.Outsider outsider -> new NotFound();
            case OrganizationAccess.PlainMember member -> new Forbidden(OrganizationAccess.notAllowed(member.organization()));
            case OrganizationAccess.Administrator administrator -> listFor(administrator);
        };
    }

    private Listed listFor(OrganizationAccess.Administrator administrator) {
        Role yourRole = administrator.membership().role();
        OrgId orgId = administrator.organization().id();
        UserId you = administrator.actor().id();
        long owners = access.owners(orgId);
        List<Row> rows = access.members(orgId).stream().map(member -> {
            UserId memberId = member.user().id();
            List<Role> mayGive = Arrays.stream(Role.values())
                    .filter(role -> role != member.role())
                    .filter(role -> MemberRules.changeRole(you, yourRole, memberId, member.role(),
                            role, owners) instanceof MemberRules.Allowed)
                    .toList();
            boolean mayRemove = MemberRules.remove(yourRole, member.role(), owners) instanceof MemberRules.Allowed;
            return new Row(member, memberId.equals(you), mayGive, mayRemove);
        }).toList();
        return new Listed(administrator.organization(), yourRole, rows, MemberRules.grantable(yourRole));
    }
}
