package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * Listing an organization's members for its owners and admins, with what the reader may do to each; a
 * plain member is not allowed, and anyone outside the organization gets "not found", as for an
 * organization that does not exist.
 */
final class ListMembersTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TwoOrganizations cast = new TwoOrganizations(storage);
    private final ListMembers listMembers = new ListMembers(storage.users(), storage.organizations(),
            storage.memberships());

    private ListMembers.Result list(User actor, OrgId organization) {
        return listMembers.list(new ListMembers.Command(actor.id(), organization));
    }

    private ListMembers.Listed listed(User actor) {
        ListMembers.Result result = list(actor, cast.acme.id());
        assertThat(result).isInstanceOf(ListMembers.Listed.class);
        return (ListMembers.Listed) result;
    }

    private static ListMembers.Row rowOf(ListMembers.Listed listed, User user) {
        return listed.members().stream().filter(row -> row.member().user().equals(user)).findFirst().orElseThrow();
    }

    @Test
    void listWhenOwnerThenEveryMemberWithRoleInTheOrderJoined() {
        ListMembers.Listed listed = listed(cast.olivia);

        assertThat(listed.organization()).isEqualTo(cast.acme);
        assertThat(listed.yourRole()).isEqualTo(Role.OWNER);
        assertThat(listed.members()).extracting(ListMembers.Row::member).containsExactly(
                new Member(cast.olivia, Role.OWNER, T0),
                new Member(cast.adam, Role.ADMIN, T0.plusSeconds(1)),
                new Member(cast.mia, Role.MEMBER, T0.plusSeconds(2)));
        assertThat(listed.members()).extracting(ListMembers.Row::isYou).containsExactly(true, false, false);
    }

    @Test
    void listWhenOwnerThenMayGrantEveryRoleAndChangeOrRemoveEveryoneElse() {
        ListMembers.Listed listed = listed(cast.olivia);

        assertThat(listed.rolesYouMayGrant()).containsExactly(Role.OWNER, Role.ADMIN, Role.MEMBER);
        assertThat(rowOf(listed, cast.adam).rolesYouMayGive()).containsExactly(Role.OWNER, Role.MEMBER);
        assertThat(rowOf(listed, cast.adam).youMayRemove()).isTrue();
        assertThat(rowOf(listed, cast.mia).rolesYouMayGive()).containsExactly(Role.OWNER, Role.ADMIN);
    }

    @Test
    void listWhenTheReaderIsTheLastOwnerThenTheyMayNeitherChangeNorRemoveThemselves() {
        ListMembers.Row you = rowOf(listed(cast.olivia), cast.olivia);

        assertThat(you.rolesYouMayGive()).isEmpty();
        assertThat(you.youMayRemove()).isFalse();
    }

    @Test
    void listWhenThereAreTwoOwnersThenAnOwnerMayLeaveAndDemoteTheOtherButNotChangeThemselves() {
        User oscar = aUser().named("oscar").build();
        storage.users().add(oscar);
        storage.memberships().put(aMembership().of(oscar).in(cast.acme).as(Role.OWNER).since(T0.plusSeconds(3)).build());

        ListMembers.Listed listed = listed(cast.olivia);

        assertThat(rowOf(listed, cast.olivia).youMayRemove()).isTrue();
        assertThat(rowOf(listed, cast.olivia).rolesYouMayGive()).isEmpty();
        assertThat(rowOf(listed, oscar).rolesYouMayGive()).containsExactly(Role.ADMIN, Role.MEMBER);
        assertThat(rowOf(listed, oscar).youMayRemove()).isTrue();
    }

    @Test
    void listWhenAdminThenMayNotGrantOwnerNorTouchTheOwner() {
        ListMembers.Listed listed = listed(cast.adam);

        assertThat(listed.yourRole()).isEqualTo(Role.ADMIN);
        assertThat(listed.rolesYouMayGrant()).containsExactly(Role.ADMIN, Role.MEMBER);
        assertThat(rowOf(listed, cast.olivia).rolesYouMayGive()).isEmpty();
        assertThat(rowOf(listed, cast.olivia).youMayRemove()).isFalse();
        assertThat(rowOf(listed, cast.mia).rolesYouMayGive()).containsExactly(Role.ADMIN);
        assertThat(rowOf(listed, cast.mia).youMayRemove()).isTrue();
    }

    @Test
    void listWhenAdminLooksAtThemselvesThenTheyMayLeaveButNotChangeTheirRole() {
        ListMembers.Row you = rowOf(listed(cast.adam), cast.adam);

        assertThat(you.isYou()).isTrue();
        assertThat(you.rolesYouMayGive()).isEmpty();
        assertThat(you.youMayRemove()).isTrue();
    }

    @Test
    void listWhenPlainMemberThenForbidden() {
        assertThat(list(cast.mia, cast.acme.id())).isInstanceOf(ListMembers.Forbidden.class);
    }

    @Test
    void listWhenTheActorBelongsToAnotherOrganizationThenNotFound() {
        assertThat(list(cast.gus, cast.acme.id())).isEqualTo(new ListMembers.NotFound());
        assertThat(list(cast.olivia, cast.globex.id())).isEqualTo(new ListMembers.NotFound());
    }

    @Test
    void listWhenTheOrganizationDoesNotExistThenNotFoundAsForAnotherOrganization() {
        assertThat(list(cast.olivia, new OrgId("no-such-org"))).isEqualTo(list(cast.olivia, cast.globex.id()));
    }

    @Test
    void listWhenTheActorIsInNoOrganizationThenNotFound() {
        assertThat(list(cast.stan, cast.acme.id())).isEqualTo(new ListMembers.NotFound());
    }

    @Test
    void listWhenTheActorIsDisabledThenNotFound() {
        storage.users().setDisabled(cast.olivia.id(), true);

        assertThat(list(cast.olivia, cast.acme.id())).isEqualTo(new ListMembers.NotFound());
    }
}
