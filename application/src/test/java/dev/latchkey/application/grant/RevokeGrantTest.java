package dev.latchkey.application.grant;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator revoking a grant ({@code grants revoke GRANT_ID}): its refresh tokens are revoked
 * (RFC 7009 §2.1) and the gateway refuses its access tokens on their next call.
 */
final class RevokeGrantTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final RevokeGrant revokeGrant = new RevokeGrant(storage.grants(), storage.refreshTokens(),
            storage.transactions(), clock);

    private Grant grant;
    private IssuedRefreshToken refreshToken;

    @BeforeEach
    void storeALiveGrantWithARefreshToken() {
        User user = aUser().build();
        Organization organization = anOrganization().build();
        storage.users().add(user);
        storage.organizations().add(organization);
        storage.memberships().put(aMembership().of(user).in(organization).build());
        grant = aGrant().of(user).in(organization).build();
        storage.grants().add(grant);
        refreshToken = aRefreshToken().of(grant).build();
        storage.refreshTokens().add(refreshToken);
    }

    private RevokeGrant.Result revoke(GrantId id) {
        return revokeGrant.revoke(new RevokeGrant.Command(id));
    }

    @Test
    void revokeWhenActiveThenRevokedNowWithItsRefreshTokensAndNoLongerLive() {
        Instant now = clock.advance(Duration.ofMinutes(5));

        RevokeGrant.Result result = revoke(grant.id());

        assertThat(result).isEqualTo(new RevokeGrant.Revoked(grant, true));
        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(now);
        assertThat(storage.refreshTokens().find(refreshToken.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Revoked(now));
        assertThat(storage.grants().findLive(grant.id())).isEmpty();
    }

    @Test
    void revokeWhenAlreadyRevokedThenRevokedWasNotActiveAndTheFirstTimeStays() {
        Instant first = clock.instant();
        revoke(grant.id());
        clock.advance(Duration.ofMinutes(5));

        RevokeGrant.Result again = revoke(grant.id());

        assertThat(again).isInstanceOfSatisfying(RevokeGrant.Revoked.class,
                revoked -> assertThat(revoked.wasActive()).isFalse());
        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(first);
    }

    @Test
    void revokeWhenUnknownThenRejectedNamingTheId() {
        RevokeGrant.Result result = revoke(new GrantId("no-such-grant"));

        assertThat(result).isInstanceOfSatisfying(RevokeGrant.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("no-such-grant"));
        assertThat(storage.grants().findLive(grant.id())).isPresent();
    }
}
