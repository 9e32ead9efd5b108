package dev.latchkey.application.port;

import java.util.function.Supplier;

/**
 * Runs work that writes several rows as one transaction: all of it is stored, or none of it.
 *
 * <p>The work commits when it returns normally, even when what it returns is a rejection: a use case
 * that detects token reuse revokes the grant and reports the error in the same transaction. It rolls
 * back when the work throws.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
