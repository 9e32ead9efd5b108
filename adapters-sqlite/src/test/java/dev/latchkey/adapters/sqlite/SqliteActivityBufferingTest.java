package dev.latchkey.adapters.sqlite;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aProxiedCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.contract.Race;
import dev.latchkey.domain.audit.ProxiedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the SQLite activity log buffers: {@code record} never waits for the write lock, a background writer
 * stores full batches and whatever waited a flush interval, {@code recent} and {@code close} write what is
 * left, and a full buffer drops its oldest calls rather than grow or block.
 */
final class SqliteActivityBufferingTest {

    /** Nothing is written in the background: the batch is never full and the interval never passes. */
    private static final SqliteActivityLog.Buffering ONLY_WHEN_ASKED =
            new SqliteActivityLog.Buffering(1_000, Duration.ofHours(1), 10_000);

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private SqliteStorage storage;

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    private SqliteStorage open(SqliteActivityLog.Buffering buffering) {
        storage = SqliteStorage.open(dataDir, buffering);
        return storage;
    }

    private long rowsOnDisk() {
        return RawSqlite.count(dataDir, "activity");
    }

    private void awaitRowsOnDisk(long expected) throws InterruptedException {
        long deadline = PATIENCE.toMillis();
        for (long waited = 0; rowsOnDisk() < expected && waited < deadline; waited += 10) {
            Thread.sleep(10);
        }
        assertThat(rowsOnDisk()).isEqualTo(expected);
    }

    private static List<ProxiedCall> calls(int count) {
        return IntStream.range(0, count).mapToObj(i -> aProxiedCall().at(T0.plusMillis(i)).build()).toList();
    }

    @Test
    void recentWhenCallsAreStillBufferedThenWritesThemFirstAndSeesThem() {
        open(ONLY_WHEN_ASKED);
        List<ProxiedCall> calls = calls(3);
        calls.forEach(storage.activityLog()::record);
        assertThat(rowsOnDisk()).isZero();

        List<ProxiedCall> recent = storage.activityLog().recent(10);

        assertThat(recent).containsExactly(calls.get(2), calls.get(1), calls.get(0));
        assertThat(rowsOnDisk()).isEqualTo(3);
    }

    @Test
    void recentWhenMoreThanABatchIsBufferedThenWritesEveryBatch() {
        open(new SqliteActivityLog.Buffering(4, Duration.ofHours(1), 10_000));
        List<ProxiedCall> calls = calls(10);

        calls.forEach(storage.activityLog()::record);

        assertThat(storage.activityLog().recent(100)).hasSize(10).first().isEqualTo(calls.getLast());
        assertThat(rowsOnDisk()).isEqualTo(10);
    }

    @Test
    void closeWhenCallsAreStillBufferedThenWritesThemBeforeClosing() {
        open(ONLY_WHEN_ASKED);
        List<ProxiedCall> calls = calls(3);
        calls.forEach(storage.activityLog()::record);
        assertThat(rowsOnDisk()).isZero();

        storage.close();
        storage = null;

        assertThat(rowsOnDisk()).isEqualTo(3);
        try (SqliteStorage reopened = SqliteStorage.open(dataDir)) {
            assertThat(reopened.activityLog().recent(10)).containsExactly(calls.get(2), calls.get(1), calls.get(0));
        }
    }

    @Test
    void recordWhenABatchIsFullThenTheWriterStoresItWithoutBeingAsked() throws InterruptedException {
        open(new SqliteActivityLog.Buffering(4, Duration.ofHours(1), 10_000));

        calls(4).forEach(storage.activityLog()::record);

        awaitRowsOnDisk(4);
    }

    @Test
    void recordWhenTheFlushIntervalPassesThenTheWriterStoresWhatWaits() throws InterruptedException {
        open(new SqliteActivityLog.Buffering(1_000, Duration.ofMillis(50), 10_000));

        storage.activityLog().record(aProxiedCall().build());

        awaitRowsOnDisk(1);
    }

    @Test
    void recordWhenAnotherThreadHoldsTheWriteLockThenReturnsAtOnce() throws Exception {
        open(new SqliteActivityLog.Buffering(1, Duration.ofMillis(10), 10_000));
        ProxiedCall call = aProxiedCall().build();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Own threads, not the common pool, which may have a single worker on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> transaction = threads.submit(() -> storage.transactions().inTransaction(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertThat(holding.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

            try {
                // The writer is woken by this call and waits for the lock; the call itself does not.
                threads.submit(() -> storage.activityLog().record(call)).get(2, TimeUnit.SECONDS);
            } finally {
                release.countDown();
            }

            transaction.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(storage.activityLog().recent(10)).containsExactly(call);
    }

    @Test
    void recordWhenTheBufferIsFullThenTheOldestCallsAreDropped() {
        open(new SqliteActivityLog.Buffering(1_000, Duration.ofHours(1), 3));
        List<ProxiedCall> calls = calls(5);

        calls.forEach(storage.activityLog()::record);

        assertThat(storage.activityLog().recent(10)).containsExactly(calls.get(4), calls.get(3), calls.get(2));
    }

    @Test
    void recordWhenManyThreadsRecordAtOnceThenNoCallIsLost() {
        open(SqliteActivityLog.Buffering.DEFAULT);
        int threads = 16;
        int callsEach = 500;

        int finished = Race.winners(threads, thread -> {
            for (int i = 0; i < callsEach; i++) {
                storage.activityLog().record(aProxiedCall().at(T0.plusMillis(i)).by("user-" + thread)
                        .callingTool("tool-" + i).build());
            }
            return true;
        });

        assertThat(finished).isEqualTo(threads);
        List<ProxiedCall> recorded = storage.activityLog().recent(threads * callsEach + 1);
        assertThat(recorded).hasSize(threads * callsEach);
        assertThat(new HashSet<>(recorded)).hasSize(threads * callsEach);
        assertThat(rowsOnDisk()).isEqualTo(threads * callsEach);
    }

    @Test
    void recordWhenManyThreadsRecordWhileAnotherReadsThenEachReadSeesWhatWasRecordedBeforeIt() {
        open(SqliteActivityLog.Buffering.DEFAULT);

        int consistent = Race.winners(8, thread -> {
            for (int i = 0; i < 50; i++) {
                ProxiedCall call = aProxiedCall().at(T0.plusSeconds(3_600L * thread + i)).build();
                storage.activityLog().record(call);
                if (!storage.activityLog().recent(10_000).contains(call)) {
                    return false;
                }
            }
            return true;
        });

        assertThat(consistent).isEqualTo(8);
    }

    @Test
    void recordWhenTheStorageIsClosedThenFailsClearly() {
        open(SqliteActivityLog.Buffering.DEFAULT);
        storage.close();

        assertThatThrownBy(() -> storage.activityLog().record(aProxiedCall().build()))
                .isInstanceOf(StorageException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> storage.activityLog().recent(1))
                .isInstanceOf(StorageException.class).hasMessageContaining("closed");
        storage = null;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
