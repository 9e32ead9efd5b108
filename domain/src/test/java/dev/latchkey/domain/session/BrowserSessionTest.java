package dev.latchkey.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A signed-in browser: idle and absolute timeouts (OWASP Session Management; NIST SP 800-63B §7.2) and a
 * synchroniser CSRF token (RFC 6749 §10.12 for the consent form).
 */
final class BrowserSessionTest {

    private static final Instant CREATED = Instant.parse("2025-06-01T08:00:00Z");
    private static final Instant LAST_SEEN = CREATED.plus(Duration.ofHours(1));
    private static final Instant EXPIRES = CREATED.plus(Duration.ofHours(12));
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final String CSRF = "csrf-token-0123456789abcdef";

    private static BrowserSession aSession(Instant lastSeenAt) {
        return new BrowserSession(SecretHash.of("session-id-in-the-clear"), new UserId("user-1"), CSRF, CREATED,
                lastSeenAt, EXPIRES);
    }

    @Test
    void isLiveWhenRecentlySeenAndBeforeAbsoluteEndThenTrue() {
        assertThat(aSession(LAST_SEEN).isLive(LAST_SEEN.plus(Duration.ofMinutes(10)), IDLE)).isTrue();
    }

    @Test
    void isLiveWhenIdleOneNanosecondShortOfTimeoutThenTrue() {
        assertThat(aSession(LAST_SEEN).isLive(LAST_SEEN.plus(IDLE).minusNanos(1), IDLE)).isTrue();
    }

    @Test
    void isLiveWhenIdleExactlyTheTimeoutThenFalse() {
        assertThat(aSession(LAST_SEEN).isLive(LAST_SEEN.plus(IDLE), IDLE)).isFalse();
    }

    @Test
    void isLiveWhenIdleLongerThanTimeoutThenFalse() {
        assertThat(aSession(LAST_SEEN).isLive(LAST_SEEN.plus(Duration.ofHours(2)), IDLE)).isFalse();
    }

    @Test
    void isLiveWhenActiveButAtAbsoluteEndThenFalse() {
        // Activity does not extend the absolute lifetime.
        BrowserSession busy = aSession(EXPIRES.minus(Duration.ofMinutes(1)));

        assertThat(busy.isLive(EXPIRES.minusNanos(1), IDLE)).isTrue();
        assertThat(busy.isLive(EXPIRES, IDLE)).isFalse();
        assertThat(busy.isLive(EXPIRES.plusSeconds(1), IDLE)).isFalse();
    }

    @Test
    void csrfMatchesWhenSameTokenThenTrue() {
        assertThat(aSession(LAST_SEEN).csrfMatches(CSRF)).isTrue();
    }

    @Test
    void csrfMatchesWhenDifferentOrTruncatedTokenThenFalse() {
        BrowserSession session = aSession(LAST_SEEN);

        assertThat(session.csrfMatches("csrf-token-0123456789abcdeF")).isFalse();
        assertThat(session.csrfMatches(CSRF.substring(0, CSRF.length() - 1))).isFalse();
        assertThat(session.csrfMatches(CSRF + "x")).isFalse();
        assertThat(session.csrfMatches("")).isFalse();
    }

    @Test
    void csrfMatchesWhenAbsentThenFalse() {
        assertThat(aSession(LAST_SEEN).csrfMatches(null)).isFalse();
    }
}
