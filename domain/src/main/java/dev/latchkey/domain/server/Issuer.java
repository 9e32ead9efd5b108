package dev.latchkey.domain.server;

import dev.latchkey.domain.validation.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The authorization server's issuer identifier (RFC 8414 §2): an {@code https} URL (or {@code http}
 * for local use) with no query or fragment. Clients compare it byte for byte with the {@code issuer}
 * of the metadata and the {@code iss} of authorization responses (RFC 9207), so Latchkey never
 * rewrites it and it never ends with a slash.
 */
public record Issuer(String value) {

    public Issuer {
        Require.text(value, "issuer");
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("issuer '" + value + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        Require.that(scheme.equals("https") || scheme.equals("http"),
                "issuer '" + value + "' must start with https:// (or http:// for local use)");
        Require.that(uri.getHost() != null, "issuer '" + value + "' must name a host");
        Require.that(uri.getHost().equals(uri.getHost().toLowerCase(Locale.ROOT)),
                "issuer '" + value + "' must spell its host in lowercase");
        Require.that(uri.getRawQuery() == null && uri.getRawFragment() == null,
                "issuer '" + value + "' must not have a query or fragment (RFC 8414 section 2)");
        Require.that(uri.getRawUserInfo() == null, "issuer '" + value + "' must not contain user information");
        Require.that(!value.endsWith("/"), "issuer '" + value + "' must not end with '/'");
    }

    /** The issuer's path, empty when it is at the root of its host. */
    public String path() {
        String path = URI.create(value).getRawPath();
        return path == null ? "" : path;
    }

    /** Whether the issuer uses https, which decides secure cookies. */
    public boolean isHttps() {
        return value.startsWith("https:");
    }

    /** The URL of {@code relativePath} (which starts with '/') under the issuer. */
    public String resolve(String relativePath) {
        return value + relativePath;
    }

    /** Scheme, host and port of the issuer. */
    public String origin() {
        URI uri = URI.create(value);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    public String toString() {
        return value;
    }
}
