package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.ActivityLog;
import dev.latchkey.domain.audit.ProxiedCall;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.UserId;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link ActivityLog} in the {@code activity} table, written in the background so that recording a call
 * never waits for SQLite's write lock: {@link #record} only appends to a bounded in-memory buffer, and a
 * virtual thread writes what waits, in batches of at most {@code batchSize} calls, one transaction per
 * batch, as soon as a batch is full or at the latest every {@code flushInterval}.
 *
 * <ul>
 *   <li>{@link #recent} first writes everything buffered, and waits for a batch the writer has taken, so it
 *       sees every call recorded before it (batches are taken inside their transaction, under the
 *       database's writer lock, so taking one and committing it cannot interleave with another flush).</li>
 *   <li>{@link #close} stops the writer and writes what is left; recording afterwards fails.</li>
 *   <li>When the buffer holds {@code capacity} calls, because the disk cannot keep up, the oldest call is
 *       dropped for each new one, with a logged warning: the gateway never blocks, and memory stays bounded.
 *       A batch whose transaction fails is dropped with a warning too: the log is best effort.</li>
 *   <li>Recording is not part of the caller's transaction: a call recorded in one that rolls back stays.</li>
 * </ul>
 *
 * <p>Calls at the same instant come back latest-recorded first: the buffer is first in, first out, so
 * the rowid follows the order of recording.
 */
final class SqliteActivityLog implements ActivityLog {

    /**
     * How calls are buffered: written when {@code batchSize} wait or {@code flushInterval} passed, at most
     * {@code capacity} kept in memory.
     */
    record Buffering(int batchSize, Duration flushInterval, int capacity) {

        /** 256 calls or 200 ms, whichever comes first; up to 16,384 calls in memory. */
        static final Buffering DEFAULT = new Buffering(256, Duration.ofMillis(200), 16_384);

        Buffering {
            Objects.requireNonNull(flushInterval, "flushInterval");
            if (batchSize < 1 || capacity < 1 || flushInterval.isNegative() || flushInterval.isZero()) {
                throw new IllegalArgumentException("batch size, capacity and flush interval must be positive");
            }
        }
    }

    private static final System.Logger LOG = System.getLogger(SqliteActivityLog.class.getName());

    private static final String INSERT = """
            INSERT INTO activity (at, user_id, org_id, client_id, resource, http_method, rpc_method, tool_name, status,
                                  duration_nanos)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The newest calls, latest-recorded first among calls at the same instant. */
    static final String RECENT = """
            SELECT at, user_id, org_id, client_id, resource, http_method, rpc_method, tool_name, status,
                   duration_nanos
            FROM activity ORDER BY at DESC, id DESC LIMIT ?""";

    private static final Duration WRITER_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Database database;
    private final Buffering buffering;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchWaiting = lock.newCondition();
    private final ArrayDeque<ProxiedCall> buffer = new ArrayDeque<>();
    private final Thread writer;
    private long droppedSinceReported;
    private boolean closed;

    private SqliteActivityLog(Database database, Buffering buffering) {
        this.database = database;
        this.buffering = buffering;
        this.writer = Thread.ofVirtual().name("latchkey-activity-writer").unstarted(this::writeInBackground);
    }

    /** The log on {@code database}, with its writer started. */
    static SqliteActivityLog start(Database database, Buffering buffering) {
        SqliteActivityLog log = new SqliteActivityLog(Objects.requireNonNull(database, "database"),
                Objects.requireNonNull(buffering, "buffering"));
        log.writer.start();
        return log;
    }

    /**
     * Buffers the call and returns at once; the writer stores it shortly.
     *
     * @throws StorageException when the log was closed
     */
    @Override
    public void record(ProxiedCall call) {
        Objects.requireNonNull(call, "call");
        lock.lock();
        try {
            if (closed) {
                throw new StorageException("the activity log in " + database.file() + " is closed");
            }
            if (buffer.size() >= buffering.capacity()) {
                buffer.removeFirst();
                if (droppedSinceReported++ == 0) {
                    LOG.log(Level.WARNING, "The activity log cannot keep up: {0} calls wait to be written to {1}."
                            + " Dropping the oldest until the writer catches up.", buffering.capacity(),
                            database.file());
                }
            }
            buffer.addLast(call);
            if (buffer.size() >= buffering.batchSize()) {
                batchWaiting.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<ProxiedCall> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        flush();
        return database.read("list the activity log", sql -> sql.list(RECENT, SqliteActivityLog::call, limit));
    }

    /**
     * Writes every call buffered now, a batch per transaction; returns when the last batch, or a batch the
     * background writer was writing, is committed.
     */
    void flush() {
        int written;
        do {
            written = database.write("record forwarded calls in the activity log", sql -> {
                List<ProxiedCall> batch = takeBatch();
                for (ProxiedCall call : batch) {
                    sql.update(INSERT, values(call));
                }
                return batch.size();
            });
        } while (written == buffering.batchSize());
    }

    /** Stops the writer and writes what is still buffered. Closing twice does nothing. */
    void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            batchWaiting.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            if (!writer.join(WRITER_STOP_TIMEOUT)) {
                LOG.log(Level.WARNING, "The activity log writer did not stop within {0}; writing the rest anyway.",
                        WRITER_STOP_TIMEOUT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private void writeInBackground() {
        while (awaitBatchOrInterval()) {
            try {
                flush();
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Could not write forwarded calls to the activity log; they are lost: "
                        + failure.getMessage(), failure);
            }
        }
    }

    /** Waits until a batch is full or the interval passed; false once the log is closed. */
    private boolean awaitBatchOrInterval() {
        lock.lock();
        try {
            if (!closed && buffer.size() < buffering.batchSize()) {
                batchWaiting.await(buffering.flushInterval().toNanos(), TimeUnit.NANOSECONDS);
            }
            while (!closed && buffer.isEmpty()) {
                batchWaiting.await(buffering.flushInterval().toNanos(), TimeUnit.NANOSECONDS);
            }
            return !closed;
        } catch (InterruptedException interrupted) {
            // Nothing else interrupts this thread; stop only when closed, as close() expects.
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    /** Takes up to a batch of the oldest buffered calls, reporting any dropped since the last batch. */
    private List<ProxiedCall> takeBatch() {
        List<ProxiedCall> batch = new ArrayList<>();
        long dropped;
        lock.lock();
        try {
            while (batch.size() < buffering.batchSize() && !buffer.isEmpty()) {
                batch.add(buffer.removeFirst());
            }
            dropped = droppedSinceReported;
            droppedSinceReported = 0;
        } finally {
            lock.unlock();
        }
        if (dropped > 0) {
            LOG.log(Level.WARNING, "The activity log dropped {0} forwarded calls because its buffer was full.",
                    dropped);
        }
        return batch;
    }

    private static Object[] values(ProxiedCall call) {
        return new Object[] {
            call.at(), call.userId().value(), call.orgId().value(), call.clientId().value(), call.resource().value(),
            call.httpMethod(), call.rpcMethod(), call.toolName(), call.status(), call.duration().toNanos()
        };
    }

    private static ProxiedCall call(Row row) throws SQLException {
        return new ProxiedCall(row.instant("at"), new UserId(row.text("user_id")), new OrgId(row.text("org_id")),
                new ClientId(row.text("client_id")), new ResourceName(row.text("resource")), row.text("http_method"),
                row.optionalText("rpc_method"), row.optionalText("tool_name"), (int) row.number("status"),
                Duration.ofNanos(row.number("duration_nanos")));
    }
}
