package dev.latchkey.application.account;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import org.junit.jupiter.api.Test;

/**
 * What the pages' navigation shows: the user, each organization they belong to with their role and
 * whether they administer it (owner or admin), and whether they may manage the protected resources
 * (owner or admin of at least one organization).
 */
final class DescribeAccountTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final DescribeAccount describeAccount = new DescribeAccount(storage.users(), storage.memberships(),
            storage.organizations());

    private User stored(User user) {
        storage.users().add(user);
        return user;
    }

    private Organization storedOrganization() {
        Organization organization = anOrganization().build();
        storage.organizations().add(organization);
        return organization;
    }

    private DescribeAccount.Described described(User user) {
        DescribeAccount.Result result = describeAccount.describe(new DescribeAccount.Command(user.id()));
        assertThat(result).isInstanceOf(DescribeAccount.Described.class);
        return (DescribeAccount.Described) result;
    }

    @Test
    void describeWhenUserBelongsToSeveralOrganizationsThenEachWithRoleInTheOrderJoined() {
        User alice = stored(aUser().build());
        Organization first = storedOrganization();
        Organization second = storedOrganization();
        Organization third = storedOrganization();
        storage.memberships().put(aMembership().of(alice).in(second).as(Role.MEMBER).since(T0.plusSeconds(1)).build());
        storage.memberships().put(aMembership().of(alice).in(first).as(Role.OWNER).since(T0).build());
        storage.memberships().put(aMembership().of(alice).in(third).as(Role.ADMIN).since(T0.plusSeconds(2)).build());

        DescribeAccount.Described described = described(alice);

        assertThat(described.user()).isEqualTo(alice);
        assertThat(described.organizations()).containsExactly(
                new DescribeAccount.OrganizationRole(first, Role.OWNER, T0, true),
                new DescribeAccount.OrganizationRole(second, Role.MEMBER, T0.plusSeconds(1), false),
                new DescribeAccount.OrganizationRole(third, Role.ADMIN, T0.plusSeconds(2), true));
        assertThat(described.mayAdministerResources()).isTrue();
    }

    @Test
    void describeWhenOnlyAPlainMemberThenAdministersNothing() {
        User bob = stored(aUser().build());
        storage.memberships().put(aMembership().of(bob).in(storedOrganization()).as(Role.MEMBER).build());

        DescribeAccount.Described described = described(bob);

        assertThat(described.organizations()).singleElement()
                .satisfies(role -> assertThat(role.mayAdminister()).isFalse());
        assertThat(described.mayAdministerResources()).isFalse();
    }

    @Test
    void describeWhenAdminOfOneOrganizationThenMayManageResources() {
        User carol = stored(aUser().build());
        storage.memberships().put(aMembership().of(carol).in(storedOrganization()).as(Role.ADMIN).build());

        assertThat(described(carol).mayAdministerResources()).isTrue();
    }

    @Test
    void describeWhenNoMembershipThenNoOrganizationsAndNoAdministration() {
        User dave = stored(aUser().build());

        DescribeAccount.Described described = described(dave);

        assertThat(described.organizations()).isEmpty();
        assertThat(described.mayAdministerResources()).isFalse();
    }

    @Test
    void describeWhenUserIsUnknownOrDisabledThenNotFound() {
        User disabled = stored(aUser().disabled().build());
        storage.memberships().put(aMembership().of(disabled).in(storedOrganization()).as(Role.OWNER).build());

        assertThat(describeAccount.describe(new DescribeAccount.Command(new UserId("nobody"))))
                .isEqualTo(new DescribeAccount.NotFound());
        assertThat(describeAccount.describe(new DescribeAccount.Command(disabled.id())))
                .isEqualTo(new DescribeAccount.NotFound());
    }
}
