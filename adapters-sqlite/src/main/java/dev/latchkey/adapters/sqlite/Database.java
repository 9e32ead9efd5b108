package dev.latchkey.adapters.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The connections to one SQLite file and the rules for using them.
 *
 * <ul>
 *   <li>Exactly one writer connection, guarded by a lock, runs every write and every transaction. A
 *       transaction starts with {@code BEGIN IMMEDIATE}, taking SQLite's write lock up front, so it never
 *       fails half-way because another process started writing (WAL allows one writer at a time, and
 *       {@code busy_timeout} makes the other process wait instead of failing).</li>
 *   <li>Inside {@link #inTransaction}, every call on the same thread uses the transaction's connection,
 *       found through a thread-local: the work reads its own writes. A nested {@code inTransaction} joins
 *       the outer transaction through a savepoint: it commits only with the outer one, and when the nested
 *       work throws only its own writes are undone. The work must not hand storage calls to other threads
 *       and wait for them: those would wait for the writer lock the transaction holds.</li>
 *   <li>A single write outside a transaction is its own short transaction on the writer.</li>
 *   <li>Reads outside a transaction borrow one of a few reader connections, which in WAL mode see the last
 *       committed state without blocking the writer or being blocked by it.</li>
 * </ul>
 */
final class Database implements AutoCloseable {

    private static final int READERS = 4;

    private final Path file;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final SqlConnection writer;
    private final List<SqlConnection> readers;
    private final BlockingQueue<SqlConnection> idleReaders;
    private final ThreadLocal<Transaction> transactionOfThisThread = new ThreadLocal<>();
    private volatile boolean closed;

    private Database(Path file, SqlConnection writer, List<SqlConnection> readers) {
        this.file = file;
        this.writer = writer;
        this.readers = List.copyOf(readers);
        this.idleReaders = new ArrayBlockingQueue<>(readers.size(), false, readers);
    }

    /** Opens the writer and the readers on {@code file}, creating the file if needed. */
    static Database open(Path file) {
        List<SqlConnection> opened = new ArrayList<>();
        try {
            SqlConnection writer = SqlConnection.open(file, false);
            opened.add(writer);
            List<SqlConnection> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                SqlConnection reader = SqlConnection.open(file, true);
                opened.add(reader);
                readers.add(reader);
            }
            return new Database(file, writer, readers);
        } catch (SQLException failure) {
            StorageException storageFailure = new StorageException("SQLite could not open " + file + ": "
                    + failure.getMessage(), failure);
            closeAll(opened, storageFailure);
            throw storageFailure;
        } catch (RuntimeException failure) {
            closeAll(opened, failure);
            throw failure;
        }
    }

    Path file() {
        return file;
    }

    /**
     * Runs reads: on the transaction's connection when this thread is in a transaction, else on a reader.
     *
     * @param what what the reads do, for the error message ("find a client")
     */
    <T> T read(String what, SqlWork<T> work) {
        Transaction transaction = transactionOfThisThread.get();
        if (transaction != null) {
            return run(what, transaction.connection(), work);
        }
        SqlConnection reader = borrowReader();
        try {
            return run(what, reader, work);
        } finally {
            idleReaders.add(reader);
        }
    }

    /**
     * Runs writes atomically on the writer: as part of this thread's transaction (in a savepoint, so a
     * failing multi-statement write leaves nothing behind), or as a transaction of their own.
     *
     * @param what what the writes do, for the error message ("add a client")
     */
    <T> T write(String what, SqlWork<T> work) {
        return inTransaction(() -> run(what, transactionOfThisThread.get().connection(), work));
    }

    /** Runs {@code work} as one transaction; see the class comment. */
    <T> T inTransaction(Supplier<T> work) {
        Transaction joined = transactionOfThisThread.get();
        return joined != null ? joined.nested(work) : outermost(work);
    }

    private <T> T outermost(Supplier<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            control("begin a transaction", "BEGIN IMMEDIATE");
            transactionOfThisThread.set(new Transaction(writer));
            T result;
            try {
                result = work.get();
            } catch (Throwable failure) {
                rollBackAfter(failure);
                throw failure;
            } finally {
                transactionOfThisThread.remove();
            }
            commit();
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    private void commit() {
        try {
            writer.execute("COMMIT");
        } catch (SQLException failure) {
            // A COMMIT refused (for instance by a deferred foreign key) leaves the transaction open.
            StorageException storageFailure = new StorageException("SQLite could not commit a transaction in " + file
                    + ": " + failure.getMessage(), failure);
            rollBackAfter(storageFailure);
            throw storageFailure;
        }
    }

    private void rollBackAfter(Throwable cause) {
        try {
            writer.execute("ROLLBACK");
        } catch (SQLException | RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private void control(String what, String statement) {
        try {
            writer.execute(statement);
        } catch (SQLException failure) {
            throw new StorageException("SQLite could not " + what + " in " + file + ": " + failure.getMessage(),
                    failure);
        }
    }

    private <T> T run(String what, SqlConnection connection, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException failure) {
            throw new StorageException("SQLite could not " + what + " in " + file + ": " + failure.getMessage(),
                    failure);
        }
    }

    private SqlConnection borrowReader() {
        ensureOpen();
        try {
            return idleReaders.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for a connection to " + file, interrupted);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StorageException("the storage in " + file + " is closed");
        }
    }

    /** Closes every connection; waits for a running transaction to end first. Closing twice does nothing. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            List<SqlConnection> all = new ArrayList<>(readers);
            all.add(writer);
            StorageException failure = new StorageException("SQLite could not close " + file);
            closeAll(all, failure);
            if (failure.getSuppressed().length > 0) {
                throw failure;
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeAll(List<SqlConnection> connections, Throwable failures) {
        for (SqlConnection connection : connections) {
            try {
                connection.close();
            } catch (SQLException closing) {
                failures.addSuppressed(closing);
            }
        }
    }

    /** This thread's transaction on the writer, and how deeply transactions are nested in it. */
    private final class Transaction {

        private final SqlConnection connection;
        private int depth;

        Transaction(SqlConnection connection) {
            this.connection = connection;
        }

        SqlConnection connection() {
            return connection;
        }

        <T> T nested(Supplier<T> work) {
            String savepoint = "nested_" + (++depth);
            try {
                control("start a nested transaction", "SAVEPOINT " + savepoint);
                T result;
                try {
                    result = work.get();
                } catch (Throwable failure) {
                    undo(savepoint, failure);
                    throw failure;
                }
                control("end a nested transaction", "RELEASE " + savepoint);
                return result;
            } finally {
                depth--;
            }
        }

        private void undo(String savepoint, Throwable cause) {
            try {
                connection.execute("ROLLBACK TO " + savepoint);
                connection.execute("RELEASE " + savepoint);
            } catch (SQLException | RuntimeException undoFailure) {
                cause.addSuppressed(undoFailure);
            }
        }
    }
}
