package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Removing a member: owners and admins may, only owners remove owners, the last owner stays, removing
 * yourself is allowed otherwise; the removed member's tokens for the organization stop on the next call
 * and their grants in it end; a guessed user id of another organization, or an actor outside the
 * organization, gets "not found".
 */
final class RemoveMemberFromOrganizationTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TwoOrganizations cast = new TwoOrganizations(storage);
    private final MutableClock clock = new MutableClock();
    private final RemoveMemberFromOrganization removeMember = new RemoveMemberFromOrganization(storage.users(),
            storage.organizations(), storage.memberships(), storage.grants(), storage.refreshTokens(),
            storage.transactions(), clock);

    private RemoveMemberFromOrganization.Result remove(User actor, OrgId organization, UserId member) {
        return removeMember.remove(new RemoveMemberFromOrganization.Command(actor.id(), organization, member));
    }

    private RemoveMemberFromOrganization.Result removeFromAcme(User actor, User member) {
        return remove(actor, cast.acme.id(), member.id());
    }

    private boolean inAcme(User user) {
        return storage.memberships().find(user.id(), cast.acme.id()).isPresent();
    }

    private User anotherOwnerOfAcme() {
        User oscar = aUser().named("oscar").build();
        storage.users().add(oscar);
        storage.memberships().put(aMembership().of(oscar).in(cast.acme).as(Role.OWNER).since(T0.plusSeconds(3)).build());
        return oscar;
    }

    private Grant storedGrant(User user, OrgId organization) {
        Grant grant = aGrant().of(user).in(organization).build();
        storage.grants().add(grant);
        return grant;
    }

    @Test
    void removeWhenAdminRemovesAMemberThenTheyAreGone() {
        RemoveMemberFromOrganization.Result result = removeFromAcme(cast.adam, cast.mia);

        assertThat(result).isEqualTo(new RemoveMemberFromOrganization.Removed(cast.acme,
                new Member(cast.mia, Role.MEMBER, T0.plusSeconds(2)), 0));
        assertThat(inAcme(cast.mia)).isFalse();
        assertThat(storage.users().find(cast.mia.id())).as("the account stays").isPresent();
    }

    @Test
    void removeWhenRemovedThenTheirTokensForTheOrganizationStopOnTheNextCallAndTheirGrantsThereEnd() {
        storage.memberships().put(aMembership().of(cast.mia).in(cast.globex).build());
        Grant inAcme = storedGrant(cast.mia, cast.acme.id());
        Grant inGlobex = storedGrant(cast.mia, cast.globex.id());
        RefreshTokenBuilder refreshToken = aRefreshToken().of(inAcme);
        storage.refreshTokens().add(refreshToken.build());
        Instant now = clock.advance(Duration.ofMinutes(5));

        RemoveMemberFromOrganization.Result result = removeFromAcme(cast.olivia, cast.mia);

        assertThat(((RemoveMemberFromOrganization.Removed) result).grantsEnded()).isEqualTo(1);
        assertThat(storage.grants().findLive(inAcme.id())).as("what the gateway asks on every call").isEmpty();
        assertThat(storage.grants().find(inAcme.id()).orElseThrow().revokedAt()).contains(now);
        assertThat(storage.refreshTokens().findByHash(refreshToken.token().hash()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Revoked(now));
        assertThat(storage.grants().findLive(inGlobex.id())).as("another organization's grant").isPresent();
    }

    @Test
    void removeWhenAddedBackLaterThenTheOldGrantStaysEnded() {
        Grant grant = storedGrant(cast.mia, cast.acme.id());
        removeFromAcme(cast.olivia, cast.mia);

        storage.memberships().put(aMembership().of(cast.mia).in(cast.acme).build());

        assertThat(storage.grants().findLive(grant.id())).isEmpty();
    }

    @Test
    void removeWhenAdminRemovesAnOwnerThenForbiddenAndTheOwnerStays() {
        anotherOwnerOfAcme();

        assertThat(removeFromAcme(cast.adam, cast.olivia))
                .isEqualTo(new RemoveMemberFromOrganization.Forbidden("Only an owner can remove an owner."));
        assertThat(inAcme(cast.olivia)).isTrue();
    }

    @Test
    void removeWhenOwnerRemovesAnotherOwnerThenRemoved() {
        User oscar = anotherOwnerOfAcme();

        assertThat(removeFromAcme(cast.olivia, oscar)).isInstanceOf(RemoveMemberFromOrganization.Removed.class);
        assertThat(inAcme(oscar)).isFalse();
    }

    @Test
    void removeWhenTheLastOwnerRemovesThemselvesThenRejectedAndTheyStay() {
        RemoveMemberFromOrganization.Result result = removeFromAcme(cast.olivia, cast.olivia);

        assertThat(result).isInstanceOf(RemoveMemberFromOrganization.Rejected.class);
        assertThat(((RemoveMemberFromOrganization.Rejected) result).reason())
                .contains("always keeps at least one owner");
        assertThat(inAcme(cast.olivia)).isTrue();
    }

    @Test
    void removeWhenOneOfTwoOwnersLeavesThenRemovedAndTheOtherOwnerRemains() {
        User oscar = anotherOwnerOfAcme();

        assertThat(removeFromAcme(oscar, oscar)).isInstanceOf(RemoveMemberFromOrganization.Removed.class);
        assertThat(inAcme(oscar)).isFalse();
        assertThat(storage.memberships().find(cast.olivia.id(), cast.acme.id()).orElseThrow().role())
                .isEqualTo(Role.OWNER);
    }

    @Test
    void removeWhenAdminRemovesThemselvesThenRemoved() {
        assertThat(removeFromAcme(cast.adam, cast.adam)).isInstanceOf(RemoveMemberFromOrganization.Removed.class);
        assertThat(inAcme(cast.adam)).isFalse();
    }

    @Test
    void removeWhenPlainMemberThenForbiddenEvenForThemselves() {
        assertThat(removeFromAcme(cast.mia, cast.adam)).isInstanceOf(RemoveMemberFromOrganization.Forbidden.class);
        assertThat(removeFromAcme(cast.mia, cast.mia)).isInstanceOf(RemoveMemberFromOrganization.Forbidden.class);
        assertThat(inAcme(cast.adam)).isTrue();
        assertThat(inAcme(cast.mia)).isTrue();
    }

    @Test
    void removeWhenTheUserIdBelongsToAnotherOrganizationThenNotFoundAndTheirMembershipStays() {
        assertThat(remove(cast.olivia, cast.acme.id(), cast.gina.id()))
                .isEqualTo(new RemoveMemberFromOrganization.NotFound());
        assertThat(storage.memberships().find(cast.gina.id(), cast.globex.id())).isPresent();
    }

    @Test
    void removeWhenTheActorIsNotInTheOrganizationThenNotFoundAndNothingChanges() {
        assertThat(remove(cast.olivia, cast.globex.id(), cast.gina.id()))
                .isEqualTo(new RemoveMemberFromOrganization.NotFound());
        assertThat(remove(cast.stan, cast.acme.id(), cast.mia.id()))
                .isEqualTo(new RemoveMemberFromOrganization.NotFound());
        assertThat(storage.memberships().find(cast.gina.id(), cast.globex.id())).isPresent();
        assertThat(inAcme(cast.mia)).isTrue();
    }
}
