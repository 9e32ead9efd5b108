package dev.latchkey.adapters.http.gateway;

import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import java.net.URI;

/**
 * {@code WWW-Authenticate} values for the gateway (RFC 6750 §3, RFC 9728 §5.1). Every challenge names
 * the resource's metadata URL, so a client can discover the authorization server from any 401.
 */
final class Challenges {

    private Challenges() {}

    /**
     * The Protected Resource Metadata URL of {@code resource} (RFC 9728 §3.1): the well-known string is
     * inserted between the host and the path.
     */
    static String metadataUrl(ResourceUri resource) {
        URI uri = URI.create(resource.value());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/.well-known/oauth-protected-resource" + path;
    }

    /** No credentials were sent: no error code (RFC 6750 §3.1). */
    static String missing(ResourceUri resource, ScopeSet scope) {
        return "Bearer resource_metadata=\"" + metadataUrl(resource) + "\", scope=\"" + scope.asString() + "\"";
    }

    static String error(String error, String description, ResourceUri resource, ScopeSet scope) {
        return "Bearer error=\"" + error + "\", error_description=\"" + quoted(description) + "\", scope=\""
                + scope.asString() + "\", resource_metadata=\"" + metadataUrl(resource) + "\"";
    }

    /** RFC 6750 §3: descriptions use %x20-21 / %x23-5B / %x5D-7E. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '"' ? '\'' : c == '\\' ? '/' : c < 0x20 || c > 0x7E ? '?' : c);
        }
        return out.toString();
    }
}
