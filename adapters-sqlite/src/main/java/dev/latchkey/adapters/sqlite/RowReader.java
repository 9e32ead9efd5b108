package dev.latchkey.adapters.sqlite;

import java.sql.SQLException;

/** Turns the current row of a query into a value. */
@FunctionalInterface
interface RowReader<T> {

    T read(Row row) throws SQLException;
}
