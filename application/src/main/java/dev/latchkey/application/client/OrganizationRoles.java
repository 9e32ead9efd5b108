package dev.latchkey.application.client;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may manage an organization's clients: its owners and admins. Someone who is not a member at all
 * must not learn that the organization or its objects exist, so that case is "not found", not
 * "forbidden".
 */
final class OrganizationRoles {

    private final Memberships memberships;

    OrganizationRoles(Memberships memberships) {
        this.memberships = Objects.requireNonNull(memberships, "memberships");
    }

    /** What the actor may do in the organization. */
    enum Access { NOT_A_MEMBER, MEMBER_ONLY, ADMINISTRATOR }

    Access of(UserId actor, OrgId organization) {
        Optional<Membership> membership = memberships.find(actor, organization);
        if (membership.isEmpty()) {
            return Access.NOT_A_MEMBER;
        }
        return membership.get().role() == Role.MEMBER ? Access.MEMBER_ONLY : Access.ADMINISTRATOR;
    }
}
