package dev.latchkey.bootstrap.e2e;

import dev.latchkey.adapters.jose.SigningAlgorithm;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.org.JoinOrganization;
import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.bootstrap.RunningServer;
import dev.latchkey.bootstrap.wiring.CommandParts;
import dev.latchkey.bootstrap.wiring.LatchkeyComponent;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.resource.UpstreamHeader;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.Username;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The whole Latchkey graph on a temporary data folder and a free loopback port, with a clock the test
 * moves. Set-up data (users, organizations, resources) goes in through the same use cases the command
 * line calls, on a second connection to the same SQLite file, as the CLI would while a server runs.
 */
final class TestServer implements AutoCloseable {

    static final String PASSWORD = "correct horse battery staple";

    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    final LatchkeyConfig config;
    final RunningServer server;
    final String base;
    private final java.time.Clock serverClock;

    private TestServer(LatchkeyConfig config) {
        this(config, null);
    }

    /** A server on {@code realClock} instead of the movable one (for clients that measure real time). */
    private TestServer(LatchkeyConfig config, java.time.Clock realClock) {
        this.config = config;
        this.serverClock = realClock == null ? clock : realClock;
        this.server = RunningServer.start(config, serverClock);
        this.base = config.issuer().value();
    }

    static TestServer start(Path dataDir) {
        return start(dataDir, SigningAlgorithm.ES256);
    }

    static TestServer start(Path dataDir, SigningAlgorithm algorithm) {
        return start(dataDir, algorithm, "");
    }

    /** A server whose issuer has {@code issuerPath} (e.g. "/auth"), as behind a reverse proxy. */
    static TestServer start(Path dataDir, SigningAlgorithm algorithm, String issuerPath) {
        int port = freePort();
        return new TestServer(LatchkeyConfig.of(dataDir, "127.0.0.1", port,
                new Issuer("http://127.0.0.1:" + port + issuerPath)).withSigningAlgorithm(algorithm));
    }

    /** A server on a real clock whose configuration {@code adjust} changes. */
    static TestServer start(Path dataDir, java.time.Clock realClock, java.util.function.UnaryOperator<LatchkeyConfig> adjust) {
        int port = freePort();
        return new TestServer(adjust.apply(LatchkeyConfig.of(dataDir, "127.0.0.1", port,
                new Issuer("http://127.0.0.1:" + port))), realClock);
    }

    /** A server whose configuration {@code adjust} changes (e.g. a short upstream timeout). */
    static TestServer start(Path dataDir, java.util.function.UnaryOperator<LatchkeyConfig> adjust) {
        int port = freePort();
        return new TestServer(adjust.apply(LatchkeyConfig.of(dataDir, "127.0.0.1", port,
                new Issuer("http://127.0.0.1:" + port))));
    }

    String url(String path) {
        return base + path;
    }

    /** The one-time set-up link the server printed at start (it started without any user). */
    String setupUrl() {
        return server.setupUrl().orElseThrow(() -> new IllegalStateException("a user existed at start: no set-up"
                + " link was offered"));
    }

    /** The external MCP server URL tokens are issued for in these tests (it validates tokens itself). */
    String resourceUrl() {
        return "https://notes.example/mcp";
    }

    /** Runs set-up use cases against the same data folder, like the CLI does. */
    <T> T admin(java.util.function.Function<CommandParts, T> work) {
        CommandParts parts = LatchkeyComponent.of(config, serverClock).commands();
        try {
            return work.apply(parts);
        } finally {
            parts.storage().close();
        }
    }

    void addUser(String username, String org, Role role) {
        AddUser.Result result = admin(parts -> parts.addUser().add(new AddUser.Command(new Username(username),
                new Password(PASSWORD), new OrgName(org), Optional.of(role))));
        if (!(result instanceof AddUser.Added)) {
            throw new IllegalStateException("could not add " + username + ": " + result);
        }
    }

    void join(String username, String org, Role role) {
        admin(parts -> parts.addOrganization().add(new dev.latchkey.application.org.AddOrganization.Command(
                new OrgName(org))));
        JoinOrganization.Result result = admin(parts -> parts.joinOrganization().join(new JoinOrganization.Command(
                new Username(username), new OrgName(org), role)));
        if (!(result instanceof JoinOrganization.Joined)) {
            throw new IllegalStateException("could not join: " + result);
        }
    }

    void addResource(String name, String url) {
        addResource(name, new ResourceTarget.External(ResourceUri.parse(url)), ScopeSet.empty());
    }

    /** Puts {@code upstreamUrl} behind the gateway as {@code /mcp/NAME}; returns the URL clients use. */
    String addGatewayResource(String name, String upstreamUrl, boolean forwardIdentity, List<UpstreamHeader> headers,
            String scopes) {
        addResource(name, new ResourceTarget.Gateway(new Upstream(URI.create(upstreamUrl), headers, forwardIdentity)),
                ScopeSet.parse(scopes));
        return url("/mcp/" + name);
    }

    void addResource(String name, ResourceTarget target, ScopeSet scopes) {
        AddProtectedResource.Result result = admin(parts -> parts.addProtectedResource().add(
                new AddProtectedResource.Command(new ResourceName(name), target, scopes, false)));
        if (!(result instanceof AddProtectedResource.Added)) {
            throw new IllegalStateException("could not add resource: " + result);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
    }
}
