package dev.latchkey.bootstrap.cli;

import dev.latchkey.bootstrap.Main;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir}, shared by every command: where the database and keys live. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:LATCHKEY_DATA_DIR}",
            description = "Folder for the SQLite database and signing keys (env LATCHKEY_DATA_DIR; default:"
                    + " ./" + Main.DEFAULT_DATA_DIR + ", or ./" + Main.DEFAULT_DEMO_DATA_DIR + " for demo).")
    Path dataDir;

    /** The folder given, else {@code ./latchkey-data}. */
    Path dataDir() {
        return dataDir(Main.DEFAULT_DATA_DIR);
    }

    /** The folder given, else {@code ./<fallback>}. */
    Path dataDir(String fallback) {
        return (dataDir == null ? Path.of(fallback) : dataDir).toAbsolutePath().normalize();
    }
}
