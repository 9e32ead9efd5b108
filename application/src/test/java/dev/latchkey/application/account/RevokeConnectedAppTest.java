package dev.latchkey.application.account;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user revokes an application they connected: the grant ends at once, its refresh token is invalidated
 * and the gateway's next check of its access token fails (seed "Revoking access"); another user's grant
 * is not found.
 */
final class RevokeConnectedAppTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final RevokeConnectedApp revokeConnectedApp = new RevokeConnectedApp(storage.grants(),
            storage.refreshTokens(), storage.transactions(), clock);

    private final User alice = aUser().named("alice").build();
    private final User bob = aUser().named("bob").build();
    private final Organization acme = anOrganization().build();

    @BeforeEach
    void storeParties() {
        storage.users().add(alice);
        storage.users().add(bob);
        storage.organizations().add(acme);
        storage.memberships().put(aMembership().of(alice).in(acme).build());
        storage.memberships().put(aMembership().of(bob).in(acme).build());
    }

    private Grant stored(Grant grant) {
        storage.grants().add(grant);
        return grant;
    }

    private RefreshTokenBuilder storedToken(Grant grant) {
        RefreshTokenBuilder token = aRefreshToken().of(grant);
        storage.refreshTokens().add(token.build());
        return token;
    }

    private RevokeConnectedApp.Result revoke(User user, GrantId grantId) {
        return revokeConnectedApp.revoke(new RevokeConnectedApp.Command(user.id(), grantId));
    }

    @Test
    void revokeWhenTheGrantIsTheUsersThenItEndsItsRefreshTokenAndTheGatewaysNextCheckFails() {
        Grant grant = stored(aGrant().of(alice).in(acme).build());
        RefreshTokenBuilder token = storedToken(grant);
        assertThat(storage.grants().findLive(grant.id())).isPresent();
        Instant now = clock.advance(Duration.ofMinutes(3));

        RevokeConnectedApp.Result result = revoke(alice, grant.id());

        assertThat(result).isEqualTo(new RevokeConnectedApp.Revoked(grant.id(), true));
        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(now);
        assertThat(storage.refreshTokens().findByHash(token.token().hash()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Revoked(now));
        assertThat(storage.grants().findLive(grant.id())).as("what the gateway asks on every call").isEmpty();
    }

    @Test
    void revokeWhenTheGrantIsAnotherUsersThenNotFoundAndItKeepsWorking() {
        Grant bobs = stored(aGrant().of(bob).in(acme).build());
        RefreshTokenBuilder token = storedToken(bobs);

        assertThat(revoke(alice, bobs.id())).isEqualTo(new RevokeConnectedApp.NotFound());

        assertThat(storage.grants().find(bobs.id()).orElseThrow().isActive()).isTrue();
        assertThat(storage.refreshTokens().findByHash(token.token().hash()).orElseThrow().state())
                .isInstanceOf(RefreshTokenState.Active.class);
        assertThat(storage.grants().findLive(bobs.id())).isPresent();
    }

    @Test
    void revokeWhenTheGrantIsUnknownThenNotFound() {
        assertThat(revoke(alice, new GrantId("no-such-grant"))).isEqualTo(new RevokeConnectedApp.NotFound());
    }

    @Test
    void revokeWhenAlreadyRevokedThenRevokedWasNotActiveAndTheFirstTimeStays() {
        Instant earlier = clock.instant();
        Grant grant = stored(aGrant().of(alice).in(acme).revokedAt(earlier).build());
        clock.advance(Duration.ofHours(1));

        assertThat(revoke(alice, grant.id())).isEqualTo(new RevokeConnectedApp.Revoked(grant.id(), false));
        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(earlier);
    }

    @Test
    void revokeWhenTheUserHasOtherGrantsThenOnlyThisOneEnds() {
        Grant revoked = stored(aGrant().of(alice).in(acme).build());
        Grant kept = stored(aGrant().of(alice).in(acme).build());

        revoke(alice, revoked.id());

        assertThat(storage.grants().findLive(kept.id())).isPresent();
    }
}
