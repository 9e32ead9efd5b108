package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.contract.AuthorizationCodesContract;
import dev.latchkey.application.contract.StorageUnderTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link AuthorizationCodesContract} against SQLite, on a new file in a temporary folder per test. */
final class SqliteAuthorizationCodesTest extends AuthorizationCodesContract {

    @TempDir
    Path dataDir;

    @Override
    protected StorageUnderTest newStorage() {
        return SqliteStorageUnderTest.openIn(dataDir);
    }
}
