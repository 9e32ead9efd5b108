package dev.latchkey.bootstrap.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir}, shared by every command: where the database and keys live. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            defaultValue = "${env:LATCHKEY_DATA_DIR:-latchkey-data}",
            description = "Folder for the SQLite database and signing keys (env LATCHKEY_DATA_DIR;"
                    + " default: ${DEFAULT-VALUE}).")
    Path dataDir;

    Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
