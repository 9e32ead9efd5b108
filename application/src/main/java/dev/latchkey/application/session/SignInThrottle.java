package dev.latchkey.application.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing: failed sign-ins are counted per username and per client address, and
 * past a few of them every further attempt must wait a delay that doubles with each failure (NIST SP
 * 800-63B §5.2.2 "Rate Limiting (Throttling)"; OWASP Authentication Cheat Sheet, "Account lockout":
 * a growing delay rather than a lock an attacker could use to keep the owner out).
 *
 * <ul>
 *   <li>Per username: {@value #FREE_FAILURES_PER_USERNAME} failures cost nothing; after the 4th the next
 *       attempt waits 1 second, after the 5th 2 seconds, and so on, never more than 15 minutes. Unknown
 *       usernames are counted exactly like existing ones, so the throttle does not tell which exist.</li>
 *   <li>Per client address: the same after {@value #FREE_FAILURES_PER_ADDRESS} failures, so one address
 *       cannot try a password on many usernames ("password spraying") while people behind one shared
 *       address (an office, a NAT) still have room for typos.</li>
 *   <li>A successful sign-in forgets the username's failures. A count is also forgotten after a day
 *       without failures.</li>
 * </ul>
 *
 * <p>{@link #admit} counts an attempt as failed when it lets it through, and {@link #succeeded} takes that
 * back: many attempts sent at once therefore cannot all pass before the first failure is counted.
 *
 * <p>In memory and bounded: each table keeps the {@value #CAPACITY} keys that failed most recently. One
 * instance per server (it is the state); thread-safe.
 */
public final class SignInThrottle {

    /** Failures per username before attempts have to wait. */
    static final int FREE_FAILURES_PER_USERNAME = 3;

    /** Failures per client address before attempts have to wait. */
    static final int FREE_FAILURES_PER_ADDRESS = 20;

    /** The wait after the first failure past the free ones; each further failure doubles it. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    /** The longest wait. */
    static final Duration MAXIMUM_DELAY = Duration.ofMinutes(15);

    /** A count is forgotten after this long without a failure. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** Keys kept per table; the ones that failed longest ago go first. */
    static final int CAPACITY = 10_000;

    /** Longest username key kept: a valid username has at most 64 characters. */
    private static final int MAXIMUM_KEY_LENGTH = 128;

    private final Clock clock;
    private final Object lock = new Object();
    private final Counts byUsername = new Counts(FREE_FAILURES_PER_USERNAME);
    private final Counts byAddress = new Counts(FREE_FAILURES_PER_ADDRESS);

    public SignInThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One sign-in attempt: the username as typed (compared as sign-in compares it: stripped and in lower
     * case) and the address it came from, when known.
     */
    public record Attempt(String username, Optional<String> clientAddress) {
        public Attempt {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }

        String usernameKey() {
            String key = username.strip().toLowerCase(Locale.ROOT);
            return key.length() > MAXIMUM_KEY_LENGTH ? key.substring(0, MAXIMUM_KEY_LENGTH) : key;
        }

        Optional<String> addressKey() {
            return clientAddress.map(String::strip).filter(address -> !address.isEmpty());
        }
    }

    /**
     * Lets the attempt through and counts it as failed (empty), or says how long to wait before trying
     * again, without counting anything.
     */
    public Optional<Duration> admit(Attempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        Instant now = clock.instant();
        Optional<String> address = attempt.addressKey();
        // Both tables under one lock, so an attempt is counted in both or in neither.
        synchronized (lock) {
            Duration wait = byUsername.wait(attempt.usernameKey(), now);
            if (address.isPresent()) {
                Duration addressWait = byAddress.wait(address.get(), now);
                wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
            }
            if (wait.isPositive()) {
                return Optional.of(wait);
            }
            byUsername.fail(attempt.usernameKey(), now);
            address.ifPresent(key -> byAddress.fail(key, now));
            return Optional.empty();
        }
    }

    /**
     * The attempt signed in: its username's failures are forgotten, and the failure {@link #admit} counted
     * for its address is taken back (earlier failures from that address stay counted).
     */
    public void succeeded(Attempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        Optional<String> address = attempt.addressKey();
        synchronized (lock) {
            byUsername.forget(attempt.usernameKey());
            address.ifPresent(byAddress::takeBackOne);
        }
    }

    /** The wait after {@code failures} failures when the first {@code free} of them cost nothing. */
    static Duration delayAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = failures - free - 1;
        if (doublings >= 30) {
            return MAXIMUM_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAXIMUM_DELAY) > 0 ? MAXIMUM_DELAY : delay;
    }

    /** Failures so far and when the last one was counted. */
    private record Failures(int count, Instant last) {}

    /** One table of counts; callers hold the throttle's lock. */
    private static final class Counts {

        private final int free;
        // Insertion order, and a key is re-inserted on every failure: the eldest failed longest ago.
        private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > CAPACITY;
            }
        };

        Counts(int free) {
            this.free = free;
        }

        Duration wait(String key, Instant now) {
            Failures found = failures.get(key);
            if (found == null) {
                return Duration.ZERO;
            }
            if (!now.isBefore(found.last().plus(FORGET_AFTER))) {
                failures.remove(key);
                return Duration.ZERO;
            }
            Duration remaining = Duration.between(now, found.last().plus(delayAfter(found.count(), free)));
            return remaining.isNegative() ? Duration.ZERO : remaining;
        }

        void fail(String key, Instant now) {
            Failures previous = failures.remove(key);
            int count = previous == null ? 1 : previous.count() + 1;
            failures.put(key, new Failures(count, now));
        }

        void forget(String key) {
            failures.remove(key);
        }

        void takeBackOne(String key) {
            Failures found = failures.get(key);
            if (found == null) {
                return;
            }
            if (found.count() <= 1) {
                failures.remove(key);
            } else {
                failures.put(key, new Failures(found.count() - 1, found.last()));
            }
        }
    }
}
