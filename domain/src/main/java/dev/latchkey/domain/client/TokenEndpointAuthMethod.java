package dev.latchkey.domain.client;

import java.util.Optional;

/**
 * How a client authenticates at the token endpoint (RFC 7591 §2, {@code token_endpoint_auth_method}).
 */
public enum TokenEndpointAuthMethod {
    /** A public client: no secret, bound to its flows by PKCE (OAuth 2.1 §2.1). */
    NONE("none"),
    /** A confidential client sending its secret with HTTP Basic (RFC 6749 §2.3.1). */
    CLIENT_SECRET_BASIC("client_secret_basic"),
    /** A confidential client sending its secret in the form body (RFC 6749 §2.3.1). */
    CLIENT_SECRET_POST("client_secret_post");

    private final String wireName;

    TokenEndpointAuthMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether this method involves a client secret. */
    public boolean usesSecret() {
        return this != NONE;
    }

    public static Optional<TokenEndpointAuthMethod> fromWireName(String name) {
        for (TokenEndpointAuthMethod method : values()) {
            if (method.wireName.equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
