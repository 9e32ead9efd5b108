package dev.latchkey.adapters.sqlite;

import java.sql.SQLException;

/** Statements run on one connection, which {@link Database} lends for the duration of the call. */
@FunctionalInterface
interface SqlWork<T> {

    T run(SqlConnection sql) throws SQLException;
}
