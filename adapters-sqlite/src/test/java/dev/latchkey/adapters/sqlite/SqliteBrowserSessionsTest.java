package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.contract.BrowserSessionsContract;
import dev.latchkey.application.contract.StorageUnderTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link BrowserSessionsContract} against SQLite, on a new file in a temporary folder per test. */
final class SqliteBrowserSessionsTest extends BrowserSessionsContract {

    @TempDir
    Path dataDir;

    @Override
    protected StorageUnderTest newStorage() {
        return SqliteStorageUnderTest.openIn(dataDir);
    }
}
