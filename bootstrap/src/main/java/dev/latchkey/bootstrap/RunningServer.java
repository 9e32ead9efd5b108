package dev.latchkey.bootstrap;

import dev.latchkey.adapters.http.LatchkeyHttpServer;
import dev.latchkey.bootstrap.wiring.LatchkeyComponent;
import dev.latchkey.bootstrap.wiring.ServerParts;
import dev.latchkey.domain.server.Issuer;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A started Latchkey: the HTTP server and the database behind it. Used by {@code serve} and by the
 * end-to-end tests, which build exactly the same graph on a temporary data folder.
 */
public final class RunningServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RunningServer.class.getName());

    /** How often clients registered but never used are looked for. */
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofHours(1);

    private final LatchkeyConfig config;
    private final ServerParts parts;
    private final LatchkeyHttpServer http;
    private final Thread housekeeping;
    private final Optional<String> setupUrl;

    private RunningServer(LatchkeyConfig config, ServerParts parts, LatchkeyHttpServer http) {
        this.config = config;
        this.parts = parts;
        this.http = http;
        // While no user exists, a one-time link to the set-up page (valid one hour, single use) is printed.
        this.setupUrl = parts.firstRunSetup().offer()
                .map(link -> config.issuer().resolve("/setup?token=" + link.token().value()));
        this.housekeeping = Thread.ofVirtual().name("latchkey-housekeeping").start(this::keepHouse);
    }

    private void keepHouse() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                int removed = parts.housekeeping().forget();
                if (removed > 0) {
                    LOG.log(Level.INFO, "Removed " + removed + " dynamically registered client(s) that never completed"
                            + " a flow within a day.");
                }
                Thread.sleep(HOUSEKEEPING_INTERVAL);
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Housekeeping failed; it will try again in an hour", failed);
                try {
                    Thread.sleep(HOUSEKEEPING_INTERVAL);
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    /** Builds the graph for {@code config} on the system clock, opens the database and starts listening. */
    public static RunningServer start(LatchkeyConfig config) {
        return start(config, LatchkeyComponent.systemClock());
    }

    /** Builds the graph for {@code config} on {@code clock}, opens the database and starts listening. */
    public static RunningServer start(LatchkeyConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        ServerParts parts = LatchkeyComponent.of(config, clock).server();
        config.options().autoApproveAs().ifPresent(user -> LOG.log(Level.WARNING, "TEST MODE: --test-auto-approve is"
                + " on. Every authorization request is approved as " + user + " without sign-in or consent. Never run"
                + " this outside automated tests."));
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

    /**
     * The one-time set-up link offered when the server started without any user ({@code
     * <issuer>/setup?token=...}); empty when a user existed. It stops working once used, after an hour, or
     * once a user exists.
     */
    public Optional<String> setupUrl() {
        return setupUrl;
    }

    /** Stops listening after in-flight requests finish, then closes the database. */
    @Override
    public void close() {
        housekeeping.interrupt();
        try {
            http.close();
        } finally {
            parts.storage().close();
        }
    }
}
