package dev.latchkey.adapters.http.archfixture;

import java.sql.Connection;

/** Deliberate violation: SQL belongs in the SQLite adapter. */
public final class HttpUsingSql {

    public boolean closed(Connection connection) throws java.sql.SQLException {
        return connection.isClosed();
    }
}
