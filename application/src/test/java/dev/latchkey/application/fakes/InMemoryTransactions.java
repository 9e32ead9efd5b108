package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link Transactions} over the fakes of one {@link InMemoryStorage} (get it from
 * {@link InMemoryStorage#transactions()}). The work runs under the storage's single lock, so no other thread
 * sees it half done; when it throws, every fake is put back as it was when the work started. A nested
 * {@code inTransaction} joins the outer one: it commits only with it, and when the nested work throws only
 * its own writes are undone (like a SQL savepoint).
 */
public final class InMemoryTransactions implements Transactions {

    private final FakeLock lock;
    private final List<Supplier<Runnable>> snapshots;

    InMemoryTransactions(FakeLock lock, List<Supplier<Runnable>> snapshots) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.snapshots = List.copyOf(snapshots);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return lock.call(() -> {
            List<Runnable> restores = snapshots.stream().map(Supplier::get).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                restores.forEach(Runnable::run);
                throw failure;
            }
        });
    }
}
