package dev.latchkey.bootstrap.cli;

import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.bootstrap.wiring.CommandParts;
import dev.latchkey.bootstrap.wiring.LatchkeyComponent;
import dev.latchkey.domain.server.Issuer;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Runs a management command against a data folder: builds the graph, hands the use cases to the
 * command, and closes the database afterwards. Works while a server uses the same folder (SQLite WAL).
 */
final class CommandGraph {

    private CommandGraph() {}

    static int run(Path dataDir, Function<CommandParts, Integer> command) {
        return run(dataDir, LatchkeyConfig.defaultIssuer("127.0.0.1", 8080), command);
    }

    static int run(Path dataDir, Issuer issuer, Function<CommandParts, Integer> command) {
        LatchkeyConfig config = LatchkeyConfig.of(dataDir, "127.0.0.1", 8080, issuer);
        CommandParts parts = LatchkeyComponent.of(config, LatchkeyComponent.systemClock()).commands();
        try {
            return command.apply(parts);
        } finally {
            parts.storage().close();
        }
    }
}
