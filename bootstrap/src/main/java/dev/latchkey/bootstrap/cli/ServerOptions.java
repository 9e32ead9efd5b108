package dev.latchkey.bootstrap.cli;

import dev.latchkey.adapters.jose.SigningAlgorithm;
import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.bootstrap.Main;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.Username;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options of {@code serve} (also accepted without the word {@code serve}). */
public final class ServerOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:LATCHKEY_PORT:-8080}",
            description = "Port to listen on (env LATCHKEY_PORT; default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "${env:LATCHKEY_BIND:-127.0.0.1}",
            description = "Address to listen on (env LATCHKEY_BIND; default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--issuer", paramLabel = "URL", defaultValue = "${env:LATCHKEY_ISSUER:-}",
            description = "Public URL of this server, exactly as clients reach it, without a trailing slash"
                    + " (env LATCHKEY_ISSUER; default: http://<bind>:<port>). Set it to your https URL behind"
                    + " a reverse proxy or tunnel.")
    String issuer;

    @Option(names = "--signing-alg", paramLabel = "ALG", defaultValue = "${env:LATCHKEY_SIGNING_ALG:-ES256}",
            description = "Algorithm for signing access tokens: ES256 or RS256 (env LATCHKEY_SIGNING_ALG;"
                    + " default: ${DEFAULT-VALUE}).")
    String signingAlgorithm;

    @Option(names = "--default-resource", paramLabel = "URL", defaultValue = "${env:LATCHKEY_DEFAULT_RESOURCE:-}",
            description = "Resource to authorize when a client names none and several are protected"
                    + " (env LATCHKEY_DEFAULT_RESOURCE).")
    String defaultResource;

    @Option(names = "--allowed-origins", paramLabel = "ORIGINS", split = ",",
            defaultValue = "${env:LATCHKEY_ALLOWED_ORIGINS:-}",
            description = "Browser origins (comma-separated, e.g. https://app.example.com) allowed to call the"
                    + " gateway besides the issuer's own and loopback origins (env LATCHKEY_ALLOWED_ORIGINS).")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--upstream-timeout", paramLabel = "SECONDS",
            defaultValue = "${env:LATCHKEY_UPSTREAM_TIMEOUT:-60}",
            description = "Seconds the gateway waits for an upstream MCP server to start answering before it"
                    + " replies 504 (env LATCHKEY_UPSTREAM_TIMEOUT; default: ${DEFAULT-VALUE}).")
    int upstreamTimeoutSeconds;

    @Option(names = "--cimd-allow-private", defaultValue = "${env:LATCHKEY_CIMD_ALLOW_PRIVATE:-false}",
            description = "Also fetch Client ID Metadata Documents from loopback and private addresses (env"
                    + " LATCHKEY_CIMD_ALLOW_PRIVATE=true). Off by default: a client_id URL could otherwise make Latchkey"
                    + " call services on your network.")
    boolean cimdAllowPrivate;

    @Option(names = "--test-auto-approve", paramLabel = "USERNAME",
            description = "TEST MODE: approve every authorization request as USERNAME without sign-in or consent,"
                    + " for automated conformance suites. Refused unless bound to loopback.")
    String testAutoApprove;

    @Option(names = "--access-token-lifetime", paramLabel = "SECONDS",
            defaultValue = "${env:LATCHKEY_ACCESS_TOKEN_LIFETIME:-3600}",
            description = "How long access tokens live (env LATCHKEY_ACCESS_TOKEN_LIFETIME; default: ${DEFAULT-VALUE}).")
    int accessTokenLifetimeSeconds;

    /**
     * Resolves the options into a configuration; a port of 0 is replaced by a free port now, because
     * the issuer must be known before the server starts.
     */
    LatchkeyConfig toConfig() {
        return toConfig(Main.DEFAULT_DATA_DIR);
    }

    /** Like {@link #toConfig()}, with another default data folder. */
    LatchkeyConfig toConfig(String defaultDataDir) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port + ".");
        }
        int actualPort = port == 0 ? freePort(bind) : port;
        Issuer resolvedIssuer;
        try {
            resolvedIssuer = issuer == null || issuer.isBlank()
                    ? LatchkeyConfig.defaultIssuer(bind, actualPort)
                    : new Issuer(issuer.strip());
        } catch (IllegalArgumentException invalid) {
            throw new ParameterException(spec.commandLine(), "--issuer: " + invalid.getMessage() + ".");
        }
        SigningAlgorithm algorithm;
        try {
            algorithm = SigningAlgorithm.valueOf(signingAlgorithm.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ParameterException(spec.commandLine(), "--signing-alg must be ES256 or RS256, not "
                    + signingAlgorithm + ".");
        }
        Optional<ResourceUri> resource = Optional.empty();
        if (defaultResource != null && !defaultResource.isBlank()) {
            try {
                resource = Optional.of(ResourceUri.parse(defaultResource.strip()));
            } catch (IllegalArgumentException invalid) {
                throw new ParameterException(spec.commandLine(), "--default-resource: " + invalid.getMessage() + ".");
            }
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : allowedOrigins) {
            if (!origin.isBlank()) {
                String trimmed = origin.strip();
                if (!trimmed.matches("https?://[^/?#]+/?")) {
                    throw new ParameterException(spec.commandLine(), "--allowed-origins: '" + trimmed + "' is not an"
                            + " origin; write it as scheme://host[:port], e.g. https://app.example.com.");
                }
                origins.add(trimmed);
            }
        }
        if (upstreamTimeoutSeconds < 1 || upstreamTimeoutSeconds > 3600) {
            throw new ParameterException(spec.commandLine(), "--upstream-timeout must be between 1 and 3600 seconds.");
        }
        Optional<Username> autoApprove = Optional.empty();
        if (testAutoApprove != null) {
            if (!isLoopback(bind)) {
                throw new ParameterException(spec.commandLine(), "--test-auto-approve approves every request without"
                        + " asking anyone, so Latchkey refuses it unless bound to loopback (--bind 127.0.0.1).");
            }
            Username username;
            try {
                username = Username.parse(testAutoApprove);
            } catch (IllegalArgumentException invalid) {
                throw new ParameterException(spec.commandLine(), "--test-auto-approve: " + invalid.getMessage() + ".");
            }
            autoApprove = Optional.of(username);
        }
        if (accessTokenLifetimeSeconds < 1 || accessTokenLifetimeSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--access-token-lifetime must be between 1 and 86400"
                    + " seconds.");
        }
        return new LatchkeyConfig(dataDir.dataDir(defaultDataDir), bind, actualPort, resolvedIssuer, algorithm,
                resource, origins, Duration.ofSeconds(upstreamTimeoutSeconds), new LatchkeyConfig.Advanced(
                        cimdAllowPrivate, autoApprove, Duration.ofSeconds(accessTokenLifetimeSeconds)));
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (IOException unknown) {
            return false;
        }
    }

    private static int freePort(String bind) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(bind), 0));
            return socket.getLocalPort();
        } catch (IOException cannotBind) {
            throw new UncheckedIOException("Cannot find a free port on " + bind, cannotBind);
        }
    }
}
