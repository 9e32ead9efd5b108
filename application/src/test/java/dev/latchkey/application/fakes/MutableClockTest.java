package dev.latchkey.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The test clock stands still until moved, and zoned copies move with it. */
final class MutableClockTest {

    @Test
    void instantWhenNotMovedThenStaysAtTheStart() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void advanceWhenCalledThenMovesByTheDurationAndReturnsTheNewTime() {
        MutableClock clock = new MutableClock();

        Instant moved = clock.advance(Duration.ofSeconds(61));

        assertThat(moved).isEqualTo(MutableClock.DEFAULT_START.plusSeconds(61));
        assertThat(clock.instant()).isEqualTo(moved);
        assertThat(clock.millis()).isEqualTo(moved.toEpochMilli());
    }

    @Test
    void setWhenCalledThenJumpsToThatInstant() {
        MutableClock clock = new MutableClock();

        clock.set(Instant.parse("2024-02-29T23:59:59Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    }

    @Test
    void withZoneWhenTheOriginalIsMovedThenTheZonedCopyMovesToo() {
        MutableClock clock = new MutableClock();
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofHours(1));

        assertThat(paris.instant()).isEqualTo(clock.instant());
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
    }
}
