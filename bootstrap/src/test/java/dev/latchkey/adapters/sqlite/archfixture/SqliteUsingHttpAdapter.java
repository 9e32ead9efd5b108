package dev.latchkey.adapters.sqlite.archfixture;

import dev.latchkey.adapters.http.support.Parameters;

/** Deliberate violation: adapters never depend on each other. */
public final class SqliteUsingHttpAdapter {

    public Parameters parameters() {
        return Parameters.empty();
    }
}
