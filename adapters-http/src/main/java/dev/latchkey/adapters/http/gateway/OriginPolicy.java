package dev.latchkey.adapters.http.gateway;

import dev.latchkey.domain.server.Issuer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which browser origins may call the gateway. The Streamable HTTP transport requires servers to validate
 * {@code Origin} to stop DNS-rebinding attacks; Latchkey allows requests without an Origin (non-browser
 * clients), the issuer's own origin, loopback origins (local tools such as MCP Inspector) and the
 * origins an administrator lists with {@code --allowed-origins}.
 */
public final class OriginPolicy {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String issuerOrigin;
    private final Set<String> configured;

    public OriginPolicy(Issuer issuer, Set<String> configuredOrigins) {
        this.issuerOrigin = issuer.origin().toLowerCase(Locale.ROOT);
        this.configured = configuredOrigins.stream().map(origin -> origin.strip().toLowerCase(Locale.ROOT))
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a request carrying {@code origin} (empty: no Origin header) may proceed. */
    public boolean allows(Optional<String> origin) {
        if (origin.isEmpty()) {
            return true;
        }
        String value = origin.get().strip().toLowerCase(Locale.ROOT);
        return value.equals(issuerOrigin) || configured.contains(value) || isLoopback(value);
    }

    private static boolean isLoopback(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            return ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null
                    && LOOPBACK_HOSTS.contains(uri.getHost()) && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
