package dev.latchkey.bootstrap;

import dev.latchkey.adapters.jose.SigningAlgorithm;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.Username;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Configuration from flags and environment variables, resolved once.
 *
 * @param dataDir          where the SQLite database and signing keys live
 * @param bindAddress      the address to listen on
 * @param port             the port to listen on
 * @param issuer           this server's issuer identifier
 * @param signingAlgorithm the algorithm new access tokens are signed with
 * @param defaultResource  the resource used when a request names none and several exist
 * @param allowedOrigins   browser origins allowed to call the gateway besides the issuer's and loopback
 * @param upstreamTimeout  how long the gateway waits for an upstream's response headers
 * @param options          the settings most people leave alone
 */
public record LatchkeyConfig(Path dataDir, String bindAddress, int port, Issuer issuer,
        SigningAlgorithm signingAlgorithm, Optional<ResourceUri> defaultResource, Set<String> allowedOrigins,
        Duration upstreamTimeout, Advanced options) {

    /**
     * Settings for special cases.
     *
     * @param cimdAllowPrivate    fetch Client ID Metadata Documents from special-use addresses too
     * @param autoApproveAs       test mode: approve every authorization request as this user
     * @param accessTokenLifetime how long access tokens live
     */
    public record Advanced(boolean cimdAllowPrivate, Optional<Username> autoApproveAs, Duration accessTokenLifetime) {
        public Advanced {
            Objects.requireNonNull(autoApproveAs, "autoApproveAs");
            Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        }

        public static Advanced defaults() {
            return new Advanced(false, Optional.empty(), Duration.ofHours(1));
        }
    }

    public LatchkeyConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(signingAlgorithm, "signingAlgorithm");
        Objects.requireNonNull(defaultResource, "defaultResource");
        allowedOrigins = Set.copyOf(allowedOrigins);
        Objects.requireNonNull(upstreamTimeout, "upstreamTimeout");
        Objects.requireNonNull(options, "options");
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** A configuration with the documented defaults for everything but folder, address and issuer. */
    public static LatchkeyConfig of(Path dataDir, String bindAddress, int port, Issuer issuer) {
        return new LatchkeyConfig(dataDir, bindAddress, port, issuer, SigningAlgorithm.defaultAlgorithm(),
                Optional.empty(), Set.of(), DEFAULT_UPSTREAM_TIMEOUT, Advanced.defaults());
    }

    /** The same configuration with other advanced settings. */
    public LatchkeyConfig with(Advanced advanced) {
        return new LatchkeyConfig(dataDir, bindAddress, port, issuer, signingAlgorithm, defaultResource, allowedOrigins,
                upstreamTimeout, advanced);
    }

    /** The same configuration with another signing algorithm. */
    public LatchkeyConfig withSigningAlgorithm(SigningAlgorithm algorithm) {
        return new LatchkeyConfig(dataDir, bindAddress, port, issuer, algorithm, defaultResource, allowedOrigins,
                upstreamTimeout, options);
    }

    /** How long the gateway waits for an upstream's response headers unless told otherwise. */
    public static final Duration DEFAULT_UPSTREAM_TIMEOUT = Duration.ofSeconds(60);

    /** The issuer a server gets when none is configured: {@code http://<bind>:<port>}. */
    public static Issuer defaultIssuer(String bindAddress, int port) {
        String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
        return new Issuer("http://" + host + ":" + port);
    }
}
