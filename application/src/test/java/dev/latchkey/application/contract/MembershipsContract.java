package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Memberships}: one role per user and organization, changed in place by
 * {@code put}, listed in the order members joined, ended by {@code remove}.
 */
public abstract class MembershipsContract extends StorageContract {

    private Memberships memberships() {
        return storage().memberships();
    }

    @Test
    public void findWhenPutThenReturnsEveryField() {
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        Membership membership = aMembership().of(user).in(organization).as(Role.OWNER).since(T0.plusMillis(3)).build();

        memberships().put(membership);

        assertThat(memberships().find(user.id(), organization.id())).contains(membership);
    }

    @Test
    public void findWhenEveryRoleIsPutThenReturnsThatRole() {
        User user = stored(aUser());
        for (Role role : Role.values()) {
            Organization organization = stored(anOrganization());
            memberships().put(aMembership().of(user).in(organization).as(role).build());

            assertThat(memberships().find(user.id(), organization.id()).orElseThrow().role()).isEqualTo(role);
        }
    }

    @Test
    public void findWhenUserIsNotAMemberThenEmpty() {
        User member = stored(aUser());
        User outsider = stored(aUser());
        Organization organization = stored(anOrganization());
        Organization other = stored(anOrganization());
        memberships().put(aMembership().of(member).in(organization).build());

        assertThat(memberships().find(outsider.id(), organization.id())).isEmpty();
        assertThat(memberships().find(member.id(), other.id())).isEmpty();
    }

    @Test
    public void putWhenMembershipExistsThenChangesOnlyItsRole() {
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        memberships().put(aMembership().of(user).in(organization).as(Role.MEMBER).since(T0).build());

        memberships().put(aMembership().of(user).in(organization).as(Role.ADMIN).since(T0.plusSeconds(60)).build());

        Membership changed = new Membership(user.id(), organization.id(), Role.ADMIN, T0);
        assertThat(memberships().find(user.id(), organization.id())).contains(changed);
        assertThat(memberships().ofUser(user.id())).containsExactly(changed);
        assertThat(memberships().ofOrganization(organization.id())).containsExactly(changed);
    }

    @Test
    public void ofUserWhenSeveralThenInTheOrderJoinedAndOnlyTheirs() {
        User user = stored(aUser());
        User someoneElse = stored(aUser());
        Membership third = aMembership().of(user).in(stored(anOrganization())).since(T0.plusSeconds(2)).build();
        Membership first = aMembership().of(user).in(stored(anOrganization())).since(T0).build();
        Membership second = aMembership().of(user).in(stored(anOrganization())).since(T0.plusSeconds(1)).build();
        memberships().put(third);
        memberships().put(first);
        memberships().put(aMembership().of(someoneElse).in(stored(anOrganization())).since(T0.minusSeconds(1)).build());
        memberships().put(second);

        assertThat(memberships().ofUser(user.id())).containsExactly(first, second, third);
    }

    @Test
    public void ofUserWhenJoinedAtTheSameInstantThenInTheOrderPutAndARoleChangeKeepsThePlace() {
        User user = stored(aUser());
        Organization a = stored(anOrganization());
        Organization b = stored(anOrganization());
        memberships().put(aMembership().of(user).in(a).as(Role.MEMBER).since(T0).build());
        memberships().put(aMembership().of(user).in(b).as(Role.MEMBER).since(T0).build());

        memberships().put(aMembership().of(user).in(a).as(Role.OWNER).since(T0).build());

        assertThat(memberships().ofUser(user.id())).extracting(Membership::orgId).containsExactly(a.id(), b.id());
    }

    @Test
    public void ofUserWhenNoMembershipThenEmpty() {
        User user = stored(aUser());

        assertThat(memberships().ofUser(user.id())).isEmpty();
    }

    @Test
    public void ofOrganizationWhenSeveralThenInTheOrderMembersJoinedAndOnlyItsOwn() {
        Organization organization = stored(anOrganization());
        Organization other = stored(anOrganization());
        Membership later = aMembership().of(stored(aUser())).in(organization).as(Role.ADMIN).since(T0.plusSeconds(5))
                .build();
        Membership earlier = aMembership().of(stored(aUser())).in(organization).since(T0).build();
        memberships().put(later);
        memberships().put(aMembership().of(stored(aUser())).in(other).since(T0.minusSeconds(5)).build());
        memberships().put(earlier);

        assertThat(memberships().ofOrganization(organization.id())).containsExactly(earlier, later);
    }

    @Test
    public void ofOrganizationWhenNoMemberThenEmpty() {
        Organization organization = stored(anOrganization());

        assertThat(memberships().ofOrganization(organization.id())).isEmpty();
    }

    @Test
    public void removeWhenPresentThenReturnsTrueAndOnlyThatMembershipIsGone() {
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        Organization other = stored(anOrganization());
        User colleague = stored(aUser());
        memberships().put(aMembership().of(user).in(organization).build());
        Membership elsewhere = aMembership().of(user).in(other).build();
        memberships().put(elsewhere);
        Membership colleagues = aMembership().of(colleague).in(organization).build();
        memberships().put(colleagues);

        boolean removed = memberships().remove(user.id(), organization.id());

        assertThat(removed).isTrue();
        assertThat(memberships().find(user.id(), organization.id())).isEmpty();
        assertThat(memberships().ofUser(user.id())).containsExactly(elsewhere);
        assertThat(memberships().ofOrganization(organization.id())).containsExactly(colleagues);
    }

    @Test
    public void removeWhenNotAMemberThenReturnsFalse() {
        User user = stored(aUser());
        Organization organization = stored(anOrganization());

        assertThat(memberships().remove(user.id(), organization.id())).isFalse();
    }

    @Test
    public void removeWhenRemovedTwiceThenTheSecondReturnsFalse() {
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        memberships().put(aMembership().of(user).in(organization).build());
        memberships().remove(user.id(), organization.id());

        assertThat(memberships().remove(user.id(), organization.id())).isFalse();
    }

    @Test
    public void putWhenRemovedBeforeThenAMemberAgainWithTheNewRoleAndDate() {
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        memberships().put(aMembership().of(user).in(organization).as(Role.OWNER).since(T0).build());
        memberships().remove(user.id(), organization.id());
        Membership again = aMembership().of(user).in(organization).as(Role.MEMBER).since(T0.plusSeconds(9)).build();

        memberships().put(again);

        assertThat(memberships().find(user.id(), organization.id())).contains(again);
    }
}
