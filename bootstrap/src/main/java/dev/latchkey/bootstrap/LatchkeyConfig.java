package dev.latchkey.bootstrap;

import dev.latchkey.adapters.jose.SigningAlgorithm;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.server.Issuer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration from flags and environment variables, resolved once.
 *
 * @param dataDir          where the SQLite database and signing keys live
 * @param bindAddress      the address to listen on
 * @param port             the port to listen on
 * @param issuer           this server's issuer identifier
 * @param signingAlgorithm the algorithm new access tokens are signed with
 * @param defaultResource  the resource used when a request names none and several exist
 */
public record LatchkeyConfig(Path dataDir, String bindAddress, int port, Issuer issuer,
        SigningAlgorithm signingAlgorithm, Optional<ResourceUri> defaultResource) {

    public LatchkeyConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(signingAlgorithm, "signingAlgorithm");
        Objects.requireNonNull(defaultResource, "defaultResource");
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The issuer a server gets when none is configured: {@code http://<bind>:<port>}. */
    public static Issuer defaultIssuer(String bindAddress, int port) {
        String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
        return new Issuer("http://" + host + ":" + port);
    }
}
