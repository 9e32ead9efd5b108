package dev.latchkey.adapters.sqlite;

/**
 * SQLite failed, or the data folder cannot be used: the message says which operation, on which file, and
 * why. Unchecked, since callers cannot recover from it beyond reporting it; it wraps the JDBC exception so
 * that no {@code java.sql} type leaves this module's signatures.
 */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StorageException(String message) {
        super(message);
    }

    StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
