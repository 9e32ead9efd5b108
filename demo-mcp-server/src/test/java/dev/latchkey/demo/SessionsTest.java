package dev.latchkey.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Session bookkeeping: ids, lookup, ending, and the least-recently-used bound. */
class SessionsTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-05-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final AtomicInteger counter = new AtomicInteger();

    @Test
    void openWhenFullThenEndsTheLeastRecentlyUsedSession() {
        Sessions sessions = new Sessions(clock, () -> "s" + counter.incrementAndGet(), 2);
        Session first = sessions.open(ProtocolVersion.V2025_11_25);
        clock.advance(Duration.ofSeconds(1));
        Session second = sessions.open(ProtocolVersion.V2025_11_25);
        clock.advance(Duration.ofSeconds(1));
        sessions.find(first.id());
        clock.advance(Duration.ofSeconds(1));

        Session third = sessions.open(ProtocolVersion.V2025_06_18);

        assertThat(sessions.find(second.id())).isEmpty();
        assertThat(sessions.find(first.id())).isPresent();
        assertThat(sessions.find(third.id())).hasValueSatisfying(s -> assertThat(s.version())
                .isEqualTo(ProtocolVersion.V2025_06_18));
    }

    @Test
    void endWhenSessionHasACallInFlightThenStopsIt() {
        Sessions sessions = new Sessions(clock, () -> "s" + counter.incrementAndGet(), 10);
        Session session = sessions.open(ProtocolVersion.V2025_11_25);
        CallControl call = new CallControl();
        session.callStarted(McpTestClient.json("7"), call);

        assertThat(sessions.end(session.id())).isTrue();

        assertThat(call.stopRequested()).isTrue();
        assertThat(sessions.end(session.id())).isFalse();
    }

    @Test
    void secureRandomIdsWhenDrawnThenAreVisibleAsciiAndDistinct() {
        var ids = Sessions.secureRandomIds();
        String one = ids.get();

        assertThat(one).matches("[\\x21-\\x7E]{43}");
        assertThat(ids.get()).isNotEqualTo(one);
    }

    @Test
    void cancelWhenRequestIdMatchesThenStopsOnlyThatCall() {
        Session session = new Session("s", ProtocolVersion.V2025_11_25, clock.instant());
        CallControl seven = new CallControl();
        CallControl eight = new CallControl();
        session.callStarted(McpTestClient.json("7"), seven);
        session.callStarted(McpTestClient.json("\"8\""), eight);

        session.cancel(McpTestClient.json("8"));
        session.cancel(McpTestClient.json("7"));

        assertThat(seven.stopRequested()).isTrue();
        assertThat(eight.stopRequested()).isFalse();
    }
}
