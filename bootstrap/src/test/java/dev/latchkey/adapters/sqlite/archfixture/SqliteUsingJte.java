package dev.latchkey.adapters.sqlite.archfixture;

import gg.jte.ContentType;

/** Deliberate violation: templates belong in the HTTP adapter. */
public final class SqliteUsingJte {

    public ContentType type() {
        return ContentType.Html;
    }
}
