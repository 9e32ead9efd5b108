package dev.latchkey.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Open registration (RFC 7591 §3) with a token bucket per client address: a burst of 20, then one more
 * registration every 3 seconds; a limited request is told when to try again (RFC 6585 §4, Retry-After).
 */
final class ThrottleRegistrationsTest {

    private static final String ADDRESS = "203.0.113.7";

    private final MutableClock clock = new MutableClock();
    private final ThrottleRegistrations throttle = new ThrottleRegistrations(clock);

    private ThrottleRegistrations.Result check(String address) {
        return throttle.check(new ThrottleRegistrations.Command(address));
    }

    private void useTheBurst(String address) {
        for (int i = 0; i < ThrottleRegistrations.BURST; i++) {
            assertThat(check(address)).as("registration %d", i + 1).isInstanceOf(ThrottleRegistrations.Allowed.class);
        }
    }

    private Duration limited(String address) {
        ThrottleRegistrations.Result result = check(address);
        assertThat(result).isInstanceOf(ThrottleRegistrations.Limited.class);
        return ((ThrottleRegistrations.Limited) result).retryAfter();
    }

    @Test
    void checkWhenTwentyRegistrationsArriveAtOnceThenAllAreAllowed() {
        useTheBurst(ADDRESS);
    }

    @Test
    void checkWhenTheTwentyFirstArrivesAtOnceThenLimitedWithARetryAfterOfThreeSeconds() {
        useTheBurst(ADDRESS);

        assertThat(limited(ADDRESS)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void checkWhenLimitedThenTheRetryAfterShrinksAsTimePasses() {
        useTheBurst(ADDRESS);
        clock.advance(Duration.ofMillis(1500));

        assertThat(limited(ADDRESS)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void checkWhenLimitedThenTheRetryAfterIsAtLeastOneSecond() {
        useTheBurst(ADDRESS);
        clock.advance(Duration.ofMillis(2900));

        assertThat(limited(ADDRESS)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void checkWhenThreeSecondsPassedAfterTheBurstThenOneMoreIsAllowed() {
        useTheBurst(ADDRESS);
        clock.advance(Duration.ofSeconds(3));

        assertThat(check(ADDRESS)).isInstanceOf(ThrottleRegistrations.Allowed.class);
        assertThat(check(ADDRESS)).isInstanceOf(ThrottleRegistrations.Limited.class);
    }

    @Test
    void checkWhenLimitedRequestsKeepComingThenTheyDoNotDelayTheRefill() {
        useTheBurst(ADDRESS);
        for (int i = 0; i < 10; i++) {
            limited(ADDRESS);
            clock.advance(Duration.ofMillis(250));
        }
        clock.advance(Duration.ofMillis(600));

        assertThat(check(ADDRESS)).isInstanceOf(ThrottleRegistrations.Allowed.class);
    }

    @Test
    void checkWhenAnHourPassedThenTheWholeBurstIsAvailableAgainButNoMore() {
        useTheBurst(ADDRESS);
        clock.advance(Duration.ofHours(1));

        useTheBurst(ADDRESS);
        assertThat(check(ADDRESS)).isInstanceOf(ThrottleRegistrations.Limited.class);
    }

    @Test
    void checkWhenOneAddressIsLimitedThenAnotherAddressIsNot() {
        useTheBurst(ADDRESS);
        limited(ADDRESS);

        useTheBurst("2001:db8::1");
        assertThat(check("198.51.100.2")).isInstanceOf(ThrottleRegistrations.Allowed.class);
        limited(ADDRESS);
    }
}
