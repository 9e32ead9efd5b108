package dev.latchkey.application.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits dynamic registrations per client address with a token bucket: a burst of
 * {@value #BURST} (real clients register twice per connection attempt, and retry), then one more every
 * {@value #SECONDS_PER_REGISTRATION} seconds. Registration stays open to anyone; this only stops one
 * address from filling the database.
 */
public final class ThrottleRegistrations {

    static final int BURST = 20;
    static final int SECONDS_PER_REGISTRATION = 3;
    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ThrottleRegistrations(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The address a registration request came from. */
    public record Command(String clientAddress) {
        public Command {
            Objects.requireNonNull(clientAddress, "clientAddress");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Allowed, Limited {}

    public record Allowed() implements Result {}

    /** Too many registrations from this address: try again after {@code retryAfter}. */
    public record Limited(Duration retryAfter) implements Result {}

    /** Tokens left and when they were last counted. */
    private record Bucket(double tokens, Instant at) {}

    public Result check(Command command) {
        Instant now = clock.instant();
        if (buckets.size() > MAX_ADDRESSES) {
            // Full buckets carry no information: forget them first, then anything.
            buckets.entrySet().removeIf(entry -> refill(entry.getValue(), now).tokens() >= BURST);
            if (buckets.size() > MAX_ADDRESSES) {
                buckets.clear();
            }
        }
        Result[] result = new Result[1];
        buckets.compute(command.clientAddress(), (address, bucket) -> {
            Bucket current = bucket == null ? new Bucket(BURST, now) : refill(bucket, now);
            if (current.tokens() >= 1) {
                result[0] = new Allowed();
                return new Bucket(current.tokens() - 1, now);
            }
            long waitMillis = (long) Math.ceil((1 - current.tokens()) * SECONDS_PER_REGISTRATION * 1000);
            result[0] = new Limited(Duration.ofMillis(Math.max(waitMillis, 1000)));
            return current;
        });
        return result[0];
    }

    private static Bucket refill(Bucket bucket, Instant now) {
        double elapsedSeconds = Math.max(0, Duration.between(bucket.at(), now).toMillis() / 1000.0);
        return new Bucket(Math.min(BURST, bucket.tokens() + elapsedSeconds / SECONDS_PER_REGISTRATION), now);
    }
}
