package dev.latchkey.domain.resource;

import dev.latchkey.domain.validation.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The canonical URI of a protected resource (RFC 8707 §2, MCP authorization "canonical server URI"):
 * an absolute {@code http} or {@code https} URI without fragment or query, with lowercase scheme and
 * host, no default port and no trailing slash. The canonical form is what clients send as
 * {@code resource}, what RFC 9728 metadata states as {@code resource}, and the access token's
 * {@code aud}.
 */
public record ResourceUri(String value) {

    public ResourceUri {
        Require.text(value, "resource");
        Require.that(value.equals(canonicalise(value)),
                "resource '" + value + "' is not in canonical form (expected '" + canonicalise(value) + "')");
    }

    /**
     * Parses any acceptable spelling of a resource URI into its canonical form, so that
     * {@code HTTPS://Example.com:443/mcp/} and {@code https://example.com/mcp} are the same resource.
     *
     * @throws IllegalArgumentException when the text is not an absolute http(s) URI without fragment
     */
    public static ResourceUri parse(String text) {
        return new ResourceUri(canonicalise(text));
    }

    private static String canonicalise(String text) {
        Require.text(text, "resource");
        Require.that(!text.contains("#"), "resource must not contain a fragment (RFC 8707 section 2)");
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("resource '" + text + "' is not a valid URI");
        }
        Require.that(uri.isAbsolute() && uri.getScheme() != null, "resource must be an absolute URI");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Require.that(scheme.equals("https") || scheme.equals("http"),
                "resource must be an http or https URL, not " + scheme);
        Require.that(uri.getRawQuery() == null, "resource must not contain a query");
        Require.that(uri.getRawUserInfo() == null, "resource must not contain user information");
        String host = uri.getHost();
        Require.that(host != null && !host.isEmpty(), "resource must name a host");
        host = host.toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    /** The path part, empty for a resource at the root of its host. */
    public String path() {
        return URI.create(value).getRawPath();
    }

    @Override
    public String toString() {
        return value;
    }
}
