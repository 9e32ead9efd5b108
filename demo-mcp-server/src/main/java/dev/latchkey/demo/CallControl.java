package dev.latchkey.demo;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The stop signal of one long-running call. It is raised when the client cancels the request
 * ({@code notifications/cancelled}, MCP "Cancellation"), when its session ends, or when the server shuts down.
 * A client that closes the stream is noticed by the writer instead, on its next write.
 */
final class CallControl {

    private final CountDownLatch stop = new CountDownLatch(1);

    /** Asks the call to stop; idempotent. */
    void stop() {
        stop.countDown();
    }

    boolean stopRequested() {
        return stop.getCount() == 0;
    }

    /** Waits for {@code pause}, returning early with {@code true} when a stop is requested meanwhile. */
    boolean pauseUnlessStopped(Duration pause) {
        try {
            return stop.await(pause.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
