package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.contract.ClientsContract;
import dev.latchkey.application.contract.StorageUnderTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link ClientsContract} against SQLite, on a new file in a temporary folder per test. */
final class SqliteClientsTest extends ClientsContract {

    @TempDir
    Path dataDir;

    @Override
    protected StorageUnderTest newStorage() {
        return SqliteStorageUnderTest.openIn(dataDir);
    }
}
