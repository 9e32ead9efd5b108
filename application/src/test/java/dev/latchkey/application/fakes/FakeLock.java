package dev.latchkey.application.fakes;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock of an {@link InMemoryStorage}: every call of every fake takes it, and a transaction holds it
 * from start to end, so a transaction is isolated from every other thread. Reentrant, so work inside a
 * transaction can call the fakes.
 */
final class FakeLock {

    private final ReentrantLock lock = new ReentrantLock();

    <T> T call(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void run(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}
