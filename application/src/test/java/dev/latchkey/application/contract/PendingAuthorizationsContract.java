package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aPendingAuthorization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.domain.authorization.CodeVerifier;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PendingAuthorizations}: validated requests (RFC 6749 §4.1.1) kept by the hash of
 * their handle until decided once or expired.
 */
public abstract class PendingAuthorizationsContract extends StorageContract {

    private PendingAuthorizations pending() {
        return storage().pendingAuthorizations();
    }

    @Test
    public void findWhenAddedThenReturnsEveryField() {
        PendingAuthorization request = aPendingAuthorization()
                .of(aRequestOfStoredClient()
                        .withScope("mcp:use offline_access files:read")
                        .withIgnoredScopes("unknown:scope other")
                        .withState("opaque state with spaces & symbols")
                        .withVerifier(new CodeVerifier("a".repeat(43)))
                        .forResource("https://mcp.example.com:8443/tools"))
                .createdAt(T0.plusMillis(1))
                .expiresAt(T0.plus(Duration.ofMinutes(15)).plusMillis(2))
                .build();

        pending().add(request);

        assertThat(pending().find(request.handleHash())).contains(request);
        assertThat(pending().find(request.handleHash()).orElseThrow().request().scope().asString())
                .isEqualTo("mcp:use offline_access files:read");
    }

    @Test
    public void findWhenRequestHasANonceThenReturnsItUnmodified() {
        PendingAuthorization request = aPendingAuthorization()
                .of(aRequestOfStoredClient().withScope("openid profile email mcp:use")
                        .withNonce("n-0S6_WzA2Mj with spaces & symbols"))
                .build();

        pending().add(request);

        assertThat(pending().find(request.handleHash())).contains(request);
        assertThat(pending().find(request.handleHash()).orElseThrow().request().nonce())
                .contains("n-0S6_WzA2Mj with spaces & symbols");
    }

    @Test
    public void findWhenRequestHasNoNonceThenNonceIsEmpty() {
        PendingAuthorization request = aPendingAuthorization().of(aRequestOfStoredClient()).build();

        pending().add(request);

        assertThat(pending().find(request.handleHash()).orElseThrow().request().nonce()).isEmpty();
    }

    @Test
    public void findWhenStateAbsentAndRedirectNotGivenThenReturnsThemSo() {
        PendingAuthorization request = aPendingAuthorization()
                .of(aRequestOfStoredClient().withoutState().withoutRedirectGiven())
                .build();

        pending().add(request);

        PendingAuthorization found = pending().find(request.handleHash()).orElseThrow();
        assertThat(found).isEqualTo(request);
        assertThat(found.request().state()).isEmpty();
        assertThat(found.request().redirectUriGiven()).isFalse();
        assertThat(found.request().ignoredScopes().isEmpty()).isTrue();
    }

    @Test
    public void findWhenStateIsEmptyStringThenKeepsItPresent() {
        PendingAuthorization request = aPendingAuthorization().of(aRequestOfStoredClient().withState("")).build();

        pending().add(request);

        assertThat(pending().find(request.handleHash()).orElseThrow().request().state()).contains("");
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        pending().add(aPendingAuthorization().of(aRequestOfStoredClient()).build());

        assertThat(pending().find(SecretHash.of("no-such-handle"))).isEmpty();
    }

    @Test
    public void removeWhenPresentThenReturnsTrueAndTheRequestIsGone() {
        PendingAuthorization request = aPendingAuthorization().of(aRequestOfStoredClient()).build();
        PendingAuthorization other = aPendingAuthorization().of(aRequestOfStoredClient()).build();
        pending().add(request);
        pending().add(other);

        assertThat(pending().remove(request.handleHash())).isTrue();

        assertThat(pending().find(request.handleHash())).isEmpty();
        assertThat(pending().find(other.handleHash())).contains(other);
    }

    @Test
    public void removeWhenAlreadyRemovedThenReturnsFalse() {
        PendingAuthorization request = aPendingAuthorization().of(aRequestOfStoredClient()).build();
        pending().add(request);
        pending().remove(request.handleHash());

        assertThat(pending().remove(request.handleHash())).isFalse();
    }

    @Test
    public void removeWhenNeverAddedThenReturnsFalse() {
        assertThat(pending().remove(SecretHash.of("never-added-handle"))).isFalse();
    }

    @Test
    public void removeExpiredWhenSomeExpiredThenRemovesExactlyThoseAndCountsThem() {
        Instant now = T0.plus(Duration.ofMinutes(20));
        PendingAuthorization expiredEarlier = pendingUntil(now.minusSeconds(60));
        PendingAuthorization expiringNow = pendingUntil(now);
        PendingAuthorization live = pendingUntil(now.plusMillis(1));

        int removed = pending().removeExpired(now);

        assertThat(removed).isEqualTo(2);
        assertThat(pending().find(expiredEarlier.handleHash())).isEmpty();
        assertThat(pending().find(expiringNow.handleHash())).isEmpty();
        assertThat(pending().find(live.handleHash())).contains(live);
    }

    @Test
    public void removeExpiredWhenNoneExpiredThenReturnsZero() {
        PendingAuthorization live = pendingUntil(T0.plus(Duration.ofMinutes(15)));

        assertThat(pending().removeExpired(T0)).isZero();
        assertThat(pending().find(live.handleHash())).contains(live);
    }

    @Test
    public void addWhenHandleIsTakenThenFailsAndKeepsTheFirstRequest() {
        RequestHandle handle = new RequestHandle("the-same-handle-0123456789");
        PendingAuthorization first = aPendingAuthorization().withHandle(handle).of(aRequestOfStoredClient()).build();
        pending().add(first);

        assertThatThrownBy(() -> pending().add(aPendingAuthorization().withHandle(handle)
                .of(aRequestOfStoredClient()).build())).isInstanceOf(RuntimeException.class);

        assertThat(pending().find(handle.hash())).contains(first);
    }

    private PendingAuthorization pendingUntil(Instant expiresAt) {
        PendingAuthorization request = aPendingAuthorization().of(aRequestOfStoredClient()).createdAt(T0)
                .expiresAt(expiresAt).build();
        pending().add(request);
        return request;
    }
}
