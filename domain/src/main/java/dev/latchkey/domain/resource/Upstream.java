package dev.latchkey.domain.resource;

import dev.latchkey.domain.validation.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The MCP server a gateway resource forwards to: its Streamable HTTP endpoint, the static headers to
 * add, and whether to tell it who is calling.
 *
 * @param url             absolute http(s) URL of the upstream's MCP endpoint
 * @param headers         headers added to every forwarded request (secrets: never logged)
 * @param forwardIdentity whether to send {@code X-Latchkey-User}, {@code X-Latchkey-Org} and
 *                        {@code X-Latchkey-Client}
 */
public record Upstream(URI url, List<UpstreamHeader> headers, boolean forwardIdentity) {

    public Upstream {
        Objects.requireNonNull(url, "url");
        headers = List.copyOf(headers);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        Require.that(scheme.equals("http") || scheme.equals("https"),
                "upstream '" + url + "' must be an http or https URL");
        Require.that(url.getHost() != null && !url.getHost().isEmpty(), "upstream '" + url + "' must name a host"
                + " (host names with '_' are not valid URL hosts: use an IP address or a name without '_')");
        Require.that(url.getRawFragment() == null, "upstream '" + url + "' must not have a fragment");
        Require.that(url.getRawUserInfo() == null, "upstream '" + url + "' must not contain user information;"
                + " send credentials with --header instead");
    }

    /**
     * Parses an upstream URL as typed.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public static URI parseUrl(String text) {
        Require.text(text, "upstream URL");
        try {
            return new URI(text.strip());
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("upstream '" + text + "' is not a valid URL: " + malformed.getReason());
        }
    }

    @Override
    public String toString() {
        return "Upstream[url=" + url + ", headers=" + headers + ", forwardIdentity=" + forwardIdentity + "]";
    }
}
