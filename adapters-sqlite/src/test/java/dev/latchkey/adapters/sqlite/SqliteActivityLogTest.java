package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.contract.ActivityLogContract;
import dev.latchkey.application.contract.StorageUnderTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@link ActivityLogContract} against SQLite, on a new file in a temporary folder per test, with
 * the production buffering: every {@code recent} there must see the calls still waiting in the buffer.
 */
final class SqliteActivityLogTest extends ActivityLogContract {

    @TempDir
    Path dataDir;

    @Override
    protected StorageUnderTest newStorage() {
        return SqliteStorageUnderTest.openIn(dataDir);
    }
}
