package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import org.junit.jupiter.api.Test;

/**
 * Changing a member's role: owners and admins may, but only owners give, change or take away the owner
 * role; nobody changes their own role; an organization keeps at least one owner; a guessed user id of
 * another organization, or an actor outside the organization, gets "not found".
 */
final class ChangeMemberRoleTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TwoOrganizations cast = new TwoOrganizations(storage);
    private final ChangeMemberRole changeMemberRole = new ChangeMemberRole(storage.users(), storage.organizations(),
            storage.memberships(), storage.transactions());

    private ChangeMemberRole.Result change(User actor, OrgId organization, UserId member, Role role) {
        return changeMemberRole.change(new ChangeMemberRole.Command(actor.id(), organization, member, role));
    }

    private ChangeMemberRole.Result changeInAcme(User actor, User member, Role role) {
        return change(actor, cast.acme.id(), member.id(), role);
    }

    private Role roleInAcme(User user) {
        return storage.memberships().find(user.id(), cast.acme.id()).orElseThrow().role();
    }

    private User anotherOwnerOfAcme() {
        User oscar = aUser().named("oscar").build();
        storage.users().add(oscar);
        storage.memberships().put(aMembership().of(oscar).in(cast.acme).as(Role.OWNER).since(T0.plusSeconds(3)).build());
        return oscar;
    }

    @Test
    void changeWhenAdminMakesAMemberAnAdminThenChangedAndTheJoinDateStays() {
        ChangeMemberRole.Result result = changeInAcme(cast.adam, cast.mia, Role.ADMIN);

        assertThat(result).isEqualTo(new ChangeMemberRole.Changed(cast.acme,
                new Member(cast.mia, Role.ADMIN, T0.plusSeconds(2)), Role.MEMBER));
        assertThat(storage.memberships().find(cast.mia.id(), cast.acme.id()).orElseThrow().since())
                .isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void changeWhenChangedThenTheGatewaySeesTheNewRoleOnTheNextCall() {
        Grant grant = aGrant().of(cast.mia).in(cast.acme).build();
        storage.grants().add(grant);

        changeInAcme(cast.olivia, cast.mia, Role.ADMIN);

        assertThat(storage.grants().findLive(grant.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void changeWhenAdminMakesSomeoneOwnerThenForbiddenAndTheRoleStays() {
        assertThat(changeInAcme(cast.adam, cast.mia, Role.OWNER))
                .isEqualTo(new ChangeMemberRole.Forbidden("Only an owner can make someone an owner."));
        assertThat(roleInAcme(cast.mia)).isEqualTo(Role.MEMBER);
    }

    @Test
    void changeWhenAdminChangesAnOwnersRoleThenForbidden() {
        assertThat(changeInAcme(cast.adam, cast.olivia, Role.MEMBER))
                .isEqualTo(new ChangeMemberRole.Forbidden("Only an owner can change an owner's role."));
        assertThat(roleInAcme(cast.olivia)).isEqualTo(Role.OWNER);
    }

    @Test
    void changeWhenOwnerMakesAnAdminOwnerThenChanged() {
        assertThat(changeInAcme(cast.olivia, cast.adam, Role.OWNER)).isInstanceOf(ChangeMemberRole.Changed.class);
        assertThat(roleInAcme(cast.adam)).isEqualTo(Role.OWNER);
    }

    @Test
    void changeWhenOwnerDemotesAnotherOwnerThenChangedAndOneOwnerRemains() {
        User oscar = anotherOwnerOfAcme();

        assertThat(changeInAcme(cast.olivia, oscar, Role.MEMBER)).isInstanceOf(ChangeMemberRole.Changed.class);
        assertThat(roleInAcme(oscar)).isEqualTo(Role.MEMBER);
        assertThat(roleInAcme(cast.olivia)).isEqualTo(Role.OWNER);
    }

    @Test
    void changeWhenTheLastOwnerChangesTheirOwnRoleThenRejectedAndTheyStayOwner() {
        ChangeMemberRole.Result result = changeInAcme(cast.olivia, cast.olivia, Role.ADMIN);

        assertThat(result).isEqualTo(new ChangeMemberRole.Rejected("You cannot change your own role; another owner can."));
        assertThat(roleInAcme(cast.olivia)).isEqualTo(Role.OWNER);
    }

    @Test
    void changeWhenAnOwnerAmongSeveralChangesTheirOwnRoleThenStillRejected() {
        anotherOwnerOfAcme();

        assertThat(changeInAcme(cast.olivia, cast.olivia, Role.MEMBER)).isInstanceOf(ChangeMemberRole.Rejected.class);
    }

    @Test
    void changeWhenAdminChangesTheirOwnRoleThenRejected() {
        assertThat(changeInAcme(cast.adam, cast.adam, Role.MEMBER))
                .isEqualTo(new ChangeMemberRole.Rejected("You cannot change your own role; another owner or admin can."));
        assertThat(roleInAcme(cast.adam)).isEqualTo(Role.ADMIN);
    }

    @Test
    void changeWhenPlainMemberThenForbidden() {
        assertThat(changeInAcme(cast.mia, cast.adam, Role.MEMBER)).isInstanceOf(ChangeMemberRole.Forbidden.class);
        assertThat(roleInAcme(cast.adam)).isEqualTo(Role.ADMIN);
    }

    @Test
    void changeWhenTheUserIdBelongsToAnotherOrganizationThenNotFoundAndItIsUntouched() {
        assertThat(change(cast.olivia, cast.acme.id(), cast.gina.id(), Role.ADMIN))
                .isEqualTo(new ChangeMemberRole.NotFound());
        assertThat(change(cast.olivia, cast.acme.id(), new UserId("no-such-user"), Role.ADMIN))
                .isEqualTo(new ChangeMemberRole.NotFound());
        assertThat(storage.memberships().find(cast.gina.id(), cast.acme.id())).isEmpty();
        assertThat(storage.memberships().find(cast.gina.id(), cast.globex.id()).orElseThrow().role())
                .isEqualTo(Role.MEMBER);
    }

    @Test
    void changeWhenTheActorIsNotInTheOrganizationThenNotFound() {
        assertThat(change(cast.olivia, cast.globex.id(), cast.gina.id(), Role.ADMIN))
                .isEqualTo(new ChangeMemberRole.NotFound());
        assertThat(storage.memberships().find(cast.gina.id(), cast.globex.id()).orElseThrow().role())
                .isEqualTo(Role.MEMBER);
    }
}
