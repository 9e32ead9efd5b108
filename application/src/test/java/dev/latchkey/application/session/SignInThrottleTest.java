package dev.latchkey.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.MutableClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Throttling failed sign-ins per username and per client address with a growing delay (NIST SP 800-63B
 * §5.2.2; OWASP Authentication Cheat Sheet): three free failures per username, twenty per address, then
 * 1 second doubling with each failure up to 15 minutes; success forgets the username's failures.
 */
final class SignInThrottleTest {

    private static final String ADDRESS = "203.0.113.7";

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private static SignInThrottle.Attempt attempt(String username, String address) {
        return new SignInThrottle.Attempt(username, Optional.of(address));
    }

    /** An attempt that is let through and then fails (admit counts it as failed). */
    private void fail(String username, String address) {
        assertThat(throttle.admit(attempt(username, address))).as("%s from %s admitted", username, address).isEmpty();
    }

    private void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            fail(username, address);
        }
    }

    /** {@code times} failed attempts, each made as soon as the throttle allows it. */
    private void failWhenAllowed(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            Optional<Duration> wait = throttle.admit(attempt(username, address));
            if (wait.isPresent()) {
                clock.advance(wait.get());
                fail(username, address);
            }
        }
    }

    private Optional<Duration> admit(String username, String address) {
        return throttle.admit(attempt(username, address));
    }

    @Test
    void admitWhenThreeFailuresForAUsernameThenTheFourthAttemptIsStillAdmitted() {
        failTimes(3, "alice", ADDRESS);

        assertThat(admit("alice", ADDRESS)).isEmpty();
    }

    @Test
    void admitWhenFourFailuresForAUsernameThenTheNextAttemptWaitsOneSecond() {
        failTimes(4, "alice", ADDRESS);

        assertThat(admit("alice", ADDRESS)).contains(Duration.ofSeconds(1));
    }

    @Test
    void admitWhenEachFurtherFailureThenTheDelayDoubles() {
        failTimes(4, "alice", ADDRESS);
        Duration expected = Duration.ofSeconds(1);
        for (int failure = 5; failure <= 10; failure++) {
            clock.advance(expected);
            fail("alice", ADDRESS);
            expected = expected.multipliedBy(2);

            assertThat(admit("alice", ADDRESS)).as("after failure %d", failure).contains(expected);
        }
        assertThat(expected).isEqualTo(Duration.ofSeconds(64));
    }

    @Test
    void admitWhenManyFailuresThenTheDelayStopsGrowingAtFifteenMinutes() {
        failTimes(4, "alice", ADDRESS);
        for (int failure = 5; failure <= 40; failure++) {
            clock.advance(SignInThrottle.MAXIMUM_DELAY);
            fail("alice", ADDRESS);
        }

        assertThat(admit("alice", ADDRESS)).contains(Duration.ofMinutes(15));
    }

    @Test
    void delayAfterWhenCountedThenOneSecondAfterTheFirstFailurePastTheFreeOnesDoublingToFifteenMinutes() {
        assertThat(SignInThrottle.delayAfter(3, 3)).isZero();
        assertThat(SignInThrottle.delayAfter(4, 3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.delayAfter(5, 3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delayAfter(13, 3)).isEqualTo(Duration.ofSeconds(512));
        assertThat(SignInThrottle.delayAfter(14, 3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(Integer.MAX_VALUE, 3)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void admitWhenWaitingThenTheWaitShrinksAsTimePassesAndEndsAfterIt() {
        failWhenAllowed(5, "alice", ADDRESS);
        clock.advance(Duration.ofMillis(1500));

        assertThat(admit("alice", ADDRESS)).contains(Duration.ofMillis(500));

        clock.advance(Duration.ofMillis(500));
        assertThat(admit("alice", ADDRESS)).isEmpty();
    }

    @Test
    void admitWhenThrottledThenTheRefusedAttemptIsNotCounted() {
        failTimes(4, "alice", ADDRESS);
        for (int i = 0; i < 10; i++) {
            assertThat(admit("alice", ADDRESS)).isPresent();
        }
        clock.advance(Duration.ofSeconds(1));

        fail("alice", ADDRESS);

        assertThat(admit("alice", ADDRESS)).as("the 5th failure, not the 15th").contains(Duration.ofSeconds(2));
    }

    @Test
    void admitWhenUsernameIsTypedInAnotherCaseWithSpacesThenItCountsForTheSameUsername() {
        fail("alice", ADDRESS);
        fail("Alice", ADDRESS);
        fail(" ALICE ", ADDRESS);
        fail("aLiCe", ADDRESS);

        assertThat(admit("alice", ADDRESS)).contains(Duration.ofSeconds(1));
    }

    @Test
    void admitWhenAnotherUsernameFailedThenThisUsernameIsNotThrottled() {
        failWhenAllowed(6, "alice", ADDRESS);

        assertThat(admit("bob", "198.51.100.1")).isEmpty();
    }

    @Test
    void admitWhenTheSameUsernameFailsFromManyAddressesThenItIsThrottledAnyway() {
        for (int i = 1; i <= 4; i++) {
            fail("alice", "198.51.100." + i);
        }

        assertThat(admit("alice", "198.51.100.99")).contains(Duration.ofSeconds(1));
    }

    // Per address: twenty free failures, however many usernames they were spread over.

    @Test
    void admitWhenTwentyFailuresFromOneAddressOverManyUsernamesThenTheNextIsAdmitted() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            fail("user" + i, ADDRESS);
        }

        assertThat(admit("someone-else", ADDRESS)).isEmpty();
    }

    @Test
    void admitWhenTwentyOneFailuresFromOneAddressThenAnyUsernameFromItWaitsOneSecond() {
        for (int i = 0; i <= SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            fail("user" + i, ADDRESS);
        }

        assertThat(admit("someone-else", ADDRESS)).contains(Duration.ofSeconds(1));
        assertThat(admit("someone-else", "198.51.100.1")).as("from another address").isEmpty();
    }

    @Test
    void admitWhenTheAddressIsUnknownThenOnlyTheUsernameIsCounted() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.admit(new SignInThrottle.Attempt("user" + i, Optional.empty()))).isEmpty();
        }

        assertThat(throttle.admit(new SignInThrottle.Attempt("someone-else", Optional.empty()))).isEmpty();
    }

    // Success forgets the username's failures.

    @Test
    void succeededWhenUsernameHadFailedThenItsFailuresAreForgotten() {
        failTimes(3, "alice", ADDRESS);
        SignInThrottle.Attempt success = attempt("alice", ADDRESS);
        assertThat(throttle.admit(success)).isEmpty();

        throttle.succeeded(success);

        failTimes(3, "alice", ADDRESS);
        assertThat(admit("alice", ADDRESS)).as("three new failures are free again").isEmpty();
    }

    @Test
    void succeededWhenTheAddressHadFailedThenOnlyTheSuccessfulAttemptIsTakenBack() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            fail("user" + i, ADDRESS);
        }
        SignInThrottle.Attempt success = attempt("alice", ADDRESS);
        assertThat(throttle.admit(success)).isEmpty();
        throttle.succeeded(success);

        fail("mallory", ADDRESS);

        assertThat(admit("trudy", ADDRESS)).as("21 failures from the address").contains(Duration.ofSeconds(1));
    }

    @Test
    void succeededWhenManySignInsFromOneAddressThenTheyNeverThrottleIt() {
        for (int i = 0; i < 100; i++) {
            SignInThrottle.Attempt success = attempt("user" + i, ADDRESS);
            assertThat(throttle.admit(success)).isEmpty();
            throttle.succeeded(success);
        }

        assertThat(admit("anyone", ADDRESS)).isEmpty();
    }

    // Counts do not last forever, and memory is bounded.

    @Test
    void admitWhenADayPassedWithoutFailureThenTheCountIsForgotten() {
        failWhenAllowed(10, "alice", ADDRESS);
        clock.advance(SignInThrottle.FORGET_AFTER);

        failTimes(3, "alice", ADDRESS);

        assertThat(admit("alice", ADDRESS)).isEmpty();
    }

    @Test
    void admitWhenMoreUsernamesFailThanTheCapacityThenTheOnesThatFailedLongestAgoAreForgotten() {
        failTimes(4, "alice", "192.0.2.1");
        for (int i = 0; i < SignInThrottle.CAPACITY; i++) {
            assertThat(throttle.admit(new SignInThrottle.Attempt("user" + i, Optional.empty()))).isEmpty();
        }

        assertThat(admit("alice", "192.0.2.2")).as("alice was evicted, the newest stay").isEmpty();
    }

    @Test
    void admitWhenAttemptsArriveTogetherThenNoMoreThanTheFreeOnesPlusOneGetThrough() throws InterruptedException {
        int threads = 32;
        AtomicInteger admitted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (throttle.admit(attempt("alice", ADDRESS)).isEmpty()) {
                    admitted.incrementAndGet();
                }
            });
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(admitted.get()).isEqualTo(SignInThrottle.FREE_FAILURES_PER_USERNAME + 1);
    }
}
