package dev.latchkey.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DNS-rebinding protection (MCP Streamable HTTP "Security Warning"): "Servers MUST validate the Origin header on
 * all incoming connections"; "If the Origin header is present and invalid, servers MUST respond with HTTP 403".
 * Valid here means a loopback origin: http or https, host localhost, 127.0.0.1 or [::1], any port. Requests
 * without an Origin (non-browser clients, the gateway) pass.
 */
final class OriginPolicy {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private OriginPolicy() {}

    /** Whether every Origin header value (there is usually one, or none) is a loopback origin. */
    static boolean allows(List<String> origins) {
        return origins == null || origins.stream().allMatch(OriginPolicy::isLoopbackOrigin);
    }

    /** RFC 6454 §7: an origin is scheme "://" host [ ":" port ], nothing else; "null" is not loopback. */
    static boolean isLoopbackOrigin(String origin) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException malformed) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
        return (scheme.equals("http") || scheme.equals("https")) && LOOPBACK_HOSTS.contains(host) && bare;
    }
}
