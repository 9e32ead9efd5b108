package dev.latchkey.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Per-request latencies of one round, in nanoseconds: a plain growing {@code long[]} sorted once at
 * the end. Exact percentiles at the cost of 8 bytes a request, which the per-round request cap bounds.
 */
final class Latencies {

    private long[] nanos;
    private int count;

    Latencies(int expected) {
        this.nanos = new long[Math.max(16, expected)];
    }

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** All latencies of {@code parts} together (the clients of one concurrent round). */
    static Latencies merge(List<Latencies> parts) {
        Latencies merged = new Latencies(parts.stream().mapToInt(Latencies::count).sum());
        for (Latencies part : parts) {
            System.arraycopy(part.nanos, 0, merged.nanos, merged.count, part.count);
            merged.count += part.count;
        }
        return merged;
    }

    Summary summarize() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                percentile(sorted, 99.9), count == 0 ? 0 : sorted[count - 1]);
    }

    /** Nearest-rank percentile: the smallest value with at least {@code p}% of the values at or below it. */
    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Percentiles of one round, in nanoseconds. */
    record Summary(int count, long p50, long p90, long p99, long p999, long max) {}
}
