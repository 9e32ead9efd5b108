package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an actor stands in an organization, the first check of every member-management use case.
 *
 * <p>Someone who is not a member of the organization (or names one that does not exist) is told it is
 * not found, exactly as for a guessed id: no use case reveals that another organization, or anything in
 * it, exists. A plain member is told they are not allowed: they know the organization already.
 */
final class OrganizationAccess {

    private final Users users;
    private final Organizations organizations;
    private final Memberships memberships;

    OrganizationAccess(Users users, Organizations organizations, Memberships memberships) {
        this.users = Objects.requireNonNull(users, "users");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
    }

    /** The actor's standing in one organization. */
    sealed interface Standing permits Administrator, PlainMember, Outsider {}

    /** An owner or admin: {@code membership} carries their role. */
    record Administrator(User actor, Membership membership, Organization organization) implements Standing {}

    /** A member whose role does not administer the organization. */
    record PlainMember(Organization organization) implements Standing {}

    /** Not an active member, or no such organization: answer "not found". */
    record Outsider() implements Standing {}

    Standing of(UserId actorId, OrgId orgId) {
        Optional<User> actor = users.find(actorId).filter(User::isActive);
        Optional<Membership> membership = memberships.find(actorId, orgId);
        Optional<Organization> organization = organizations.find(orgId);
        if (actor.isEmpty() || membership.isEmpty() || organization.isEmpty()) {
            return new Outsider();
        }
        return membership.get().role().mayAdminister()
                ? new Administrator(actor.get(), membership.get(), organization.get())
                : new PlainMember(organization.get());
    }

    /** The member {@code userId} of the organization, if they belong to it. */
    Optional<Member> member(OrgId orgId, UserId userId) {
        return memberships.find(userId, orgId).flatMap(membership -> users.find(userId)
                .map(user -> new Member(user, membership.role(), membership.since())));
    }

    /** The organization's members, in the order they joined. */
    List<Member> members(OrgId orgId) {
        return memberships.ofOrganization(orgId).stream()
                .flatMap(membership -> users.find(membership.userId())
                        .map(user -> new Member(user, membership.role(), membership.since())).stream())
                .toList();
    }

    /** How many owners the organization has. */
    long owners(OrgId orgId) {
        return memberships.ofOrganization(orgId).stream()
                .filter(membership -> membership.role() == Role.OWNER)
                .count();
    }

    static String notAllowed(Organization organization) {
        return "Only owners and admins of " + organization.name() + " can manage its members.";
    }
}
