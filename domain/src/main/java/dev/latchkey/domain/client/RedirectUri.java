package dev.latchkey.domain.client;

import dev.latchkey.domain.validation.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A redirect URI a client registered or asked for (RFC 6749 §3.1.2, OAuth 2.1 §2.3, RFC 8252).
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>{@code https://} URIs with a host;</li>
 *   <li>{@code http://} only on a loopback host ({@code 127.0.0.1}, {@code [::1]}, {@code localhost}),
 *       where native apps bind an ephemeral port (RFC 8252 §7.3);</li>
 *   <li>private-use schemes of native apps, such as {@code cursor://anysphere.cursor-mcp/oauth/callback}
 *       (RFC 8252 §7.1).</li>
 * </ul>
 * Fragments (RFC 6749 §3.1.2: "MUST NOT include a fragment component"), wildcards, {@code http} on any
 * other host and schemes that run code or read files in a browser are refused.
 */
public record RedirectUri(String value) {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");

    /** Schemes that would run script, read local files or leave the browser's navigation model. */
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of(
            "javascript", "data", "vbscript", "file", "about", "blob", "filesystem", "view-source",
            "ws", "wss", "ftp", "jar", "mailto", "tel");

    public RedirectUri {
        Require.text(value, "redirect_uri");
        Require.that(value.length() <= 2000, "redirect_uri is longer than 2000 characters");
        Require.that(!value.contains("#"),
                "redirect_uri '" + value + "' has a fragment; RFC 6749 section 3.1.2 forbids fragments");
        Require.that(!value.contains("*"),
                "redirect_uri '" + value + "' has a wildcard; register every redirect URI exactly");
        URI uri = parse(value);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Require.that(!FORBIDDEN_SCHEMES.contains(scheme),
                "redirect_uri '" + value + "' uses the " + scheme + ": scheme, which cannot be a redirect target");
        if (scheme.equals("https")) {
            Require.that(uri.getHost() != null && !uri.getHost().isEmpty(),
                    "redirect_uri '" + value + "' has no host");
        } else if (scheme.equals("http")) {
            Require.that(uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT)),
                    "redirect_uri '" + value + "' uses http on a host that is not loopback; use https, or http"
                            + " only with 127.0.0.1, [::1] or localhost");
        } else {
            Require.that(uri.getRawSchemeSpecificPart() != null && !uri.getRawSchemeSpecificPart().isEmpty(),
                    "redirect_uri '" + value + "' has nothing after its scheme");
        }
    }

    private static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("redirect_uri '" + value + "' is not a valid URI: "
                    + malformed.getReason());
        }
        Require.that(uri.isAbsolute(), "redirect_uri '" + value + "' is not an absolute URI");
        return uri;
    }

    /** Whether this is an {@code http} URI on a loopback host, whose port may vary (RFC 8252 §7.3). */
    public boolean isLoopback() {
        URI uri = URI.create(value);
        return uri.getScheme().equalsIgnoreCase("http")
                && uri.getHost() != null
                && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a redirect URI sent in an authorization request is allowed by this registered one: the
     * same string, or, for loopback {@code http} URIs, the same host, path and query on any port
     * (RFC 8252 §7.3: "MUST allow any port to be specified at the time of the request").
     */
    public boolean allows(RedirectUri requested) {
        if (value.equals(requested.value)) {
            return true;
        }
        if (!isLoopback() || !requested.isLoopback()) {
            return false;
        }
        URI registered = URI.create(value);
        URI asked = URI.create(requested.value);
        return registered.getHost().equalsIgnoreCase(asked.getHost())
                && Objects.equals(emptyPathAsSlash(registered.getRawPath()), emptyPathAsSlash(asked.getRawPath()))
                && Objects.equals(registered.getRawQuery(), asked.getRawQuery())
                && registered.getRawUserInfo() == null && asked.getRawUserInfo() == null;
    }

    private static String emptyPathAsSlash(String path) {
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The host the user will be sent to, or the scheme for a private-use URI (shown at consent). */
    public String displayHost() {
        URI uri = URI.create(value);
        return uri.getHost() != null ? uri.getHost() : uri.getScheme() + ":";
    }

    @Override
    public String toString() {
        return value;
    }
}
