package dev.latchkey.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;

/**
 * Runs one attempt per thread, all released at the same moment, to test compare-and-set operations under
 * contention. Platform threads, so that a thread blocked inside native SQLite code never holds up another.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 30;

    private Race() {}

    /**
     * Runs {@code attempt(0)} to {@code attempt(contenders - 1)} on as many threads at once.
     *
     * @return how many attempts returned true
     * @throws AssertionError when an attempt threw or the race did not end within 30 seconds
     */
    public static int winners(int contenders, IntPredicate attempt) {
        CountDownLatch ready = new CountDownLatch(contenders);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                int contender = i;
                outcomes.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return attempt.test(contender);
                }));
            }
            ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            start.countDown();
            int winners = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    winners++;
                }
            }
            return winners;
        } catch (ExecutionException failed) {
            throw new AssertionError("an attempt failed: " + failed.getCause(), failed.getCause());
        } catch (TimeoutException stuck) {
            throw new AssertionError("the race did not end within " + TIMEOUT_SECONDS + " seconds", stuck);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the race to end", interrupted);
        } finally {
            threads.shutdownNow();
        }
    }
}
