package dev.latchkey.domain.authorization;

import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.server.Issuer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer sent back to the client's redirect URI, success or error (RFC 6749 §4.1.2, §4.1.2.1).
 * Every response carries {@code iss} (RFC 9207 §2: "the authorization server MUST include the iss
 * parameter"), which lets a client that talks to several servers detect a mix-up attack.
 *
 * @param redirectUri where to send the browser
 * @param parameters  the query parameters to add, in order
 */
public record AuthorizationResponse(RedirectUri redirectUri, Map<String, String> parameters) {

    public AuthorizationResponse {
        Objects.requireNonNull(redirectUri, "redirectUri");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** {@code code}, {@code state} (when the client sent one) and {@code iss}. */
    public static AuthorizationResponse success(RedirectUri redirectUri, AuthorizationCode code,
            Optional<String> state, Issuer issuer) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code.value());
        state.ifPresent(value -> parameters.put("state", value));
        parameters.put("iss", issuer.value());
        return new AuthorizationResponse(redirectUri, parameters);
    }

    /** {@code error}, {@code error_description}, {@code state} (when sent) and {@code iss}. */
    public static AuthorizationResponse error(RedirectUri redirectUri, OAuthError error, Optional<String> state,
            Issuer issuer) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error.code().wireName());
        parameters.put("error_description", error.description());
        state.ifPresent(value -> parameters.put("state", value));
        parameters.put("iss", issuer.value());
        return new AuthorizationResponse(redirectUri, parameters);
    }

    /**
     * The full URL to redirect to. The parameters are added to the query component, keeping any query
     * the redirect URI already has (RFC 6749 §3.1.2: "MUST retain the query component").
     */
    public String location() {
        StringBuilder url = new StringBuilder(redirectUri.value());
        char separator = redirectUri.value().contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator)
                    .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }
}
