package dev.latchkey.application.gateway;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verified claims by token hash: bounded, dropping expired entries first when full. */
final class VerifiedTokenCacheTest {

    private static AccessTokenClaims expiringAt(Instant expiresAt) {
        return new AccessTokenClaims(new Issuer("https://auth.example.com"), new UserId("u-1"),
                new ResourceUri("https://auth.example.com/mcp/notes"), new ClientId("c-1"), ScopeSet.parse("mcp:use"),
                new OrgId("o-1"), Optional.of(Role.MEMBER), Optional.of(new GrantId("g-1")), "jti-" + expiresAt,
                T0.minusSeconds(1), expiresAt);
    }

    private static SecretHash hashOf(String token) {
        return SecretHash.of(token);
    }

    @Test
    void findWhenPutThenTheClaimsAndWhenUnknownThenEmpty() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10);
        AccessTokenClaims claims = expiringAt(T0.plus(Duration.ofHours(1)));

        cache.put(hashOf("token-a"), claims, T0);

        assertThat(cache.find(hashOf("token-a"))).contains(claims);
        assertThat(cache.find(hashOf("token-b"))).isEmpty();
    }

    @Test
    void putWhenFullThenExpiredEntriesAreDroppedFirst() {
        VerifiedTokenCache cache = new VerifiedTokenCache(3);
        cache.put(hashOf("short-lived"), expiringAt(T0.plusSeconds(10)), T0);
        AccessTokenClaims longB = expiringAt(T0.plus(Duration.ofHours(1)));
        AccessTokenClaims longC = expiringAt(T0.plus(Duration.ofHours(2)));
        cache.put(hashOf("long-b"), longB, T0);
        cache.put(hashOf("long-c"), longC, T0);
        AccessTokenClaims newest = expiringAt(T0.plus(Duration.ofHours(1)));

        cache.put(hashOf("newest"), newest, T0.plusSeconds(20));

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.find(hashOf("short-lived"))).isEmpty();
        assertThat(cache.find(hashOf("long-b"))).contains(longB);
        assertThat(cache.find(hashOf("long-c"))).contains(longC);
        assertThat(cache.find(hashOf("newest"))).contains(newest);
    }

    @Test
    void putWhenFullOfLiveEntriesThenItNeverHoldsMoreThanItsCapacityAndKeepsTheNewest() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10);
        AccessTokenClaims live = expiringAt(T0.plus(Duration.ofHours(1)));

        for (int i = 0; i < 1_000; i++) {
            cache.put(hashOf("token-" + i), live, T0);
            assertThat(cache.size()).isLessThanOrEqualTo(10);
        }

        assertThat(cache.find(hashOf("token-999"))).contains(live);
    }

    @Test
    void putWhenTheSameTokenAgainThenOneEntry() {
        VerifiedTokenCache cache = new VerifiedTokenCache(2);
        AccessTokenClaims claims = expiringAt(T0.plus(Duration.ofHours(1)));

        cache.put(hashOf("token-a"), claims, T0);
        cache.put(hashOf("token-a"), claims, T0);

        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void buildWhenCapacityIsNotPositiveThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VerifiedTokenCache(0));
    }
}
