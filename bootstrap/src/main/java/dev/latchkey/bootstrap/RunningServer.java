package dev.latchkey.bootstrap;

import dev.latchkey.adapters.http.LatchkeyHttpServer;
import dev.latchkey.bootstrap.wiring.LatchkeyComponent;
import dev.latchkey.bootstrap.wiring.ServerParts;
import dev.latchkey.domain.server.Issuer;
import java.time.Clock;
import java.util.Objects;

/**
 * A started Latchkey: the HTTP server and the database behind it. Used by {@code serve} and by the
 * end-to-end tests, which build exactly the same graph on a temporary data folder.
 */
public final class RunningServer implements AutoCloseable {

    private final LatchkeyConfig config;
    private final ServerParts parts;
    private final LatchkeyHttpServer http;

    private RunningServer(LatchkeyConfig config, ServerParts parts, LatchkeyHttpServer http) {
        this.config = config;
        this.parts = parts;
        this.http = http;
    }

    /** Builds the graph for {@code config} on the system clock, opens the database and starts listening. */
    public static RunningServer start(LatchkeyConfig config) {
        return start(config, LatchkeyComponent.systemClock());
    }

    /** Builds the graph for {@code config} on {@code clock}, opens the database and starts listening. */
    public static RunningServer start(LatchkeyConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        ServerParts parts = LatchkeyComponent.of(config, clock).server();
        try {
            LatchkeyHttpServer http = LatchkeyHttpServer.start(
                    new LatchkeyHttpServer.Listen(config.bindAddress(), config.port(),
                            Commands.firstUserCommand(config)), parts.http());
            return new RunningServer(config, parts, http);
        } catch (RuntimeException failed) {
            parts.storage().close();
            throw failed;
        }
    }

    public int port() {
        return http.port();
    }

    public Issuer issuer() {
        return config.issuer();
    }

    public LatchkeyConfig config() {
        return config;
    }

    /** Whether no user exists yet. */
    public boolean needsFirstUser() {
        return parts.describeServer().needsFirstUser();
    }

    /** Stops listening after in-flight requests finish, then closes the database. */
    @Override
    public void close() {
        try {
            http.close();
        } finally {
            parts.storage().close();
        }
    }
}
