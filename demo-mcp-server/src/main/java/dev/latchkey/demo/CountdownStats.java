package dev.latchkey.demo;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of the countdown tool, so tests can watch a countdown stop without reading logs. */
final class CountdownStats {

    private final AtomicLong stepsSent = new AtomicLong();
    private final AtomicInteger abandoned = new AtomicInteger();

    void stepSent() {
        stepsSent.incrementAndGet();
    }

    void abandonedByClient() {
        abandoned.incrementAndGet();
    }

    /** Steps handed to the client, over every countdown so far. */
    long stepsSent() {
        return stepsSent.get();
    }

    /** Countdowns stopped because the client went away mid-stream. */
    int abandoned() {
        return abandoned.get();
    }
}
