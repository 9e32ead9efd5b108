package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.Transactions;
import java.util.function.Supplier;

/**
 * {@link Transactions} as SQLite transactions on the writer connection ({@code BEGIN IMMEDIATE} ...
 * {@code COMMIT}, {@code ROLLBACK} when the work throws); nested calls join through savepoints. See
 * {@link Database}.
 */
final class SqliteTransactions implements Transactions {

    private final Database database;

    SqliteTransactions(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }
}
