package dev.latchkey.application.revocation;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.token.RefreshTokenId;
import dev.latchkey.domain.token.RefreshTokenState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Ending a grant revokes it and every refresh token it still has (RFC 7009 §2.1, RFC 9700 §4.14.2). */
final class EndGrantTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final EndGrant endGrant = new EndGrant(storage.grants(), storage.refreshTokens());

    private RefreshTokenBuilder stored(RefreshTokenBuilder builder) {
        storage.refreshTokens().add(builder.build());
        return builder;
    }

    private RefreshTokenState stateOf(RefreshTokenBuilder token) {
        return storage.refreshTokens().findByHash(token.token().hash()).orElseThrow().state();
    }

    @Test
    void endWhenGrantIsActiveThenRevokedWithEveryActiveRefreshTokenAndTrue() {
        Grant grant = aGrant().build();
        storage.grants().add(grant);
        RefreshTokenBuilder active = stored(aRefreshToken().of(grant));
        RefreshTokenBuilder rotated = stored(aRefreshToken().of(grant)
                .rotated(clock.instant(), new RefreshTokenId("next")));
        Instant now = clock.instant();

        assertThat(endGrant.end(grant.id(), now)).isTrue();

        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(now);
        assertThat(stateOf(active)).isEqualTo(new RefreshTokenState.Revoked(now));
        assertThat(stateOf(rotated)).isInstanceOf(RefreshTokenState.Rotated.class);
    }

    @Test
    void endWhenGrantWasAlreadyRevokedThenFalseAndItsRevocationTimeStays() {
        Instant earlier = clock.instant();
        Grant grant = aGrant().revokedAt(earlier).build();
        storage.grants().add(grant);

        assertThat(endGrant.end(grant.id(), earlier.plusSeconds(60))).isFalse();

        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(earlier);
    }

    @Test
    void endWhenGrantIsUnknownThenFalse() {
        assertThat(endGrant.end(new GrantId("no-such-grant"), clock.instant())).isFalse();
    }

    @Test
    void endWhenOtherGrantsExistThenTheirRefreshTokensStayActive() {
        Grant ended = aGrant().build();
        Grant other = aGrant().build();
        storage.grants().add(ended);
        storage.grants().add(other);
        RefreshTokenBuilder othersToken = stored(aRefreshToken().of(other));

        endGrant.end(ended.id(), clock.instant());

        assertThat(stateOf(othersToken)).isEqualTo(new RefreshTokenState.Active());
        assertThat(storage.grants().find(other.id()).orElseThrow().isActive()).isTrue();
    }
}
