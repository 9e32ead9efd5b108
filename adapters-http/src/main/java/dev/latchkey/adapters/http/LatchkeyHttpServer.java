package dev.latchkey.adapters.http;

import com.sun.net.httpserver.HttpServer;
import dev.latchkey.adapters.http.gateway.GatewayRoutes;
import dev.latchkey.adapters.http.metadata.MetadataRoutes;
import dev.latchkey.adapters.http.oauth.OAuthRoutes;
import dev.latchkey.adapters.http.settings.SettingsRoutes;
import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.adapters.http.ui.BrowserCookies;
import dev.latchkey.adapters.http.ui.Pages;
import dev.latchkey.adapters.http.ui.UiRoutes;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.SigningKeys;
import dev.latchkey.application.settings.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Latchkey's HTTP server on the JDK's {@code com.sun.net.httpserver}: one route table, handlers on
 * virtual threads, graceful shutdown that lets in-flight requests finish.
 */
public final class LatchkeyHttpServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LatchkeyHttpServer.class.getName());

    static {
        // The JDK server leaves Nagle's algorithm on; with delayed ACKs a flushed SSE event or a small
        // response can then wait about 40 ms. Must be set before the first HttpServer is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** How long {@link #close()} waits for in-flight requests. */
    private static final int DRAIN_SECONDS = 5;

    /**
     * Where to listen and what the server is.
     *
     * @param bindAddress      the address to listen on, such as 127.0.0.1
     * @param port             the port, 0 for any free one
     * @param firstUserCommand the command a person runs to create the first user (shown on the home page)
     */
    public record Listen(String bindAddress, int port, String firstUserCommand) {
        public Listen {
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(firstUserCommand, "firstUserCommand");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private LatchkeyHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Everything the routes need from the application.
     *
     * @param settings       server settings
     * @param oauth          the OAuth use cases
     * @param gateway        the gateway use cases
     * @param gatewayOptions how the gateway treats browsers and upstreams
     * @param describeServer metadata and first-run state
     * @param signingKeys    the published keys
     * @param random         randomness for CSRF tokens
     * @param clock          time, for durations in the activity log
     * @param settingsApp    the use cases of the settings web app
     */
    public record Parts(ServerSettings settings, OAuthRoutes.UseCases oauth, GatewayRoutes.UseCases gateway,
            GatewayRoutes.Options gatewayOptions, DescribeServer describeServer, SigningKeys signingKeys,
            RandomTokens random, Clock clock, SettingsRoutes.UseCases settingsApp) {
        public Parts {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(oauth, "oauth");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(gatewayOptions, "gatewayOptions");
            Objects.requireNonNull(describeServer, "describeServer");
            Objects.requireNonNull(signingKeys, "signingKeys");
            Objects.requireNonNull(random, "random");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(settingsApp, "settingsApp");
        }
    }

    /** Builds the route table and starts listening. */
    public static LatchkeyHttpServer start(Listen listen, Parts parts) {
        Router router = routes(listen, parts);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(listen.bindAddress(), listen.port()), 256);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("Cannot listen on " + listen.bindAddress() + ":" + listen.port()
                    + " (" + cannotListen.getMessage() + "). Is another program using the port? Pick another with"
                    + " --port.", cannotListen);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", router);
        server.start();
        LOG.log(Level.DEBUG, "Listening on " + server.getAddress());
        return new LatchkeyHttpServer(server, executor);
    }

    /** The route table shared by {@code main} and the tests. */
    static Router routes(Listen listen, Parts parts) {
        ServerSettings settings = parts.settings();
        Router router = new Router(settings.issuer().path());
        Pages pages = new Pages();
        BrowserCookies cookies = new BrowserCookies(settings.issuer());
        MetadataRoutes.register(router, settings.issuer(), parts.describeServer(), parts.signingKeys());
        OAuthRoutes.register(router, parts.oauth(), settings, pages, cookies, parts.random());
        GatewayRoutes.register(router, settings.issuer(), parts.gateway(), parts.gatewayOptions(), parts.clock());
        UiRoutes.register(router, settings.issuer(), parts.describeServer(), pages, listen.firstUserCommand());
        SettingsRoutes.register(router, parts.settingsApp(), settings, pages, cookies, parts.random(),
                parts.describeServer(), listen.firstUserCommand());
        return router;
    }

    /** The port actually listened on (useful when started with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting connections and waits up to five seconds for in-flight requests. */
    @Override
    public void close() {
        server.stop(DRAIN_SECONDS);
        executor.close();
    }
}
