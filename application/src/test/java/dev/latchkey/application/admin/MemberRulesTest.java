package dev.latchkey.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import org.junit.jupiter.api.Test;

/**
 * The member rules on their own, including the case the use cases cannot reach: taking the owner role
 * from the last owner (only another owner could, and then there would be two).
 */
final class MemberRulesTest {

    private static final UserId ACTOR = new UserId("actor");
    private static final UserId OTHER = new UserId("other");

    @Test
    void changeRoleWhenItWouldLeaveNoOwnerThenRefused() {
        assertThat(MemberRules.changeRole(ACTOR, Role.OWNER, OTHER, Role.OWNER, Role.ADMIN, 1))
                .isInstanceOf(MemberRules.Refused.class);
        assertThat(MemberRules.changeRole(ACTOR, Role.OWNER, OTHER, Role.OWNER, Role.ADMIN, 2))
                .isInstanceOf(MemberRules.Allowed.class);
    }

    @Test
    void changeRoleWhenOwnerStaysOwnerThenTheOwnerCountDoesNotMatter() {
        assertThat(MemberRules.changeRole(ACTOR, Role.OWNER, OTHER, Role.OWNER, Role.OWNER, 1))
                .isInstanceOf(MemberRules.Allowed.class);
    }

    @Test
    void removeWhenTheLastOwnerThenRefusedWhoeverAsks() {
        assertThat(MemberRules.remove(Role.OWNER, Role.OWNER, 1)).isInstanceOf(MemberRules.Refused.class);
        assertThat(MemberRules.remove(Role.ADMIN, Role.OWNER, 1)).isInstanceOf(MemberRules.Forbidden.class);
    }

    @Test
    void grantableWhenOwnerThenEveryRoleAndWhenAdminThenAllButOwner() {
        assertThat(MemberRules.grantable(Role.OWNER)).containsExactly(Role.OWNER, Role.ADMIN, Role.MEMBER);
        assertThat(MemberRules.grantable(Role.ADMIN)).containsExactly(Role.ADMIN, Role.MEMBER);
    }
}
