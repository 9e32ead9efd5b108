package dev.latchkey.domain.error;

/**
 * The registered OAuth error codes Latchkey can answer with, each with its wire name.
 */
public enum OAuthErrorCode {
    /** RFC 6749 §4.1.2.1, §5.2: missing, repeated or malformed parameter. */
    INVALID_REQUEST("invalid_request"),
    /** RFC 6749 §5.2: client authentication failed or the client is unknown. */
    INVALID_CLIENT("invalid_client"),
    /** RFC 6749 §5.2: the code or refresh token is invalid, expired, revoked or for another client. */
    INVALID_GRANT("invalid_grant"),
    /** RFC 6749 §5.2: this client may not use this grant type. */
    UNAUTHORIZED_CLIENT("unauthorized_client"),
    /** RFC 6749 §5.2: the server does not support this grant type. */
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type"),
    /** RFC 6749 §4.1.2.1: the server does not support this response type. */
    UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type"),
    /** RFC 6749 §5.2: the requested scope is invalid or exceeds what was granted. */
    INVALID_SCOPE("invalid_scope"),
    /** RFC 6749 §4.1.2.1: the resource owner denied the request. */
    ACCESS_DENIED("access_denied"),
    /** RFC 6749 §4.1.2.1: an unexpected condition; details are in the server log only. */
    SERVER_ERROR("server_error"),
    /** RFC 6749 §4.1.2.1: the server is overloaded or in maintenance. */
    TEMPORARILY_UNAVAILABLE("temporarily_unavailable"),
    /** RFC 8707 §2: the requested resource is unknown or not allowed. */
    INVALID_TARGET("invalid_target"),
    /** RFC 7591 §3.2.2: a redirect URI is not acceptable. */
    INVALID_REDIRECT_URI("invalid_redirect_uri"),
    /** RFC 7591 §3.2.2: a client metadata value is not acceptable. */
    INVALID_CLIENT_METADATA("invalid_client_metadata"),
    /** RFC 6750 §3.1: the access token is expired, revoked, malformed or for another resource. */
    INVALID_TOKEN("invalid_token"),
    /** RFC 6750 §3.1: the access token lacks a scope this request needs. */
    INSUFFICIENT_SCOPE("insufficient_scope"),
    /** RFC 7009 §2.2.1: the server cannot revoke this type of token. */
    UNSUPPORTED_TOKEN_TYPE("unsupported_token_type");

    private final String wireName;

    OAuthErrorCode(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code error} value sent on the wire. */
    public String wireName() {
        return wireName;
    }
}
