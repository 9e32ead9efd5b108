package dev.latchkey.domain.error;

import java.util.Objects;

/**
 * An OAuth error as a value: the registered code and a description that says what went wrong and what
 * to do next (RFC 6749 §5.2 {@code error_description}: human-readable ASCII, no quote or backslash).
 */
public record OAuthError(OAuthErrorCode code, String description) {

    public OAuthError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        description = asciiOnly(description);
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_REQUEST, description);
    }

    public static OAuthError invalidClient(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_CLIENT, description);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_GRANT, description);
    }

    public static OAuthError invalidScope(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_SCOPE, description);
    }

    public static OAuthError invalidTarget(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_TARGET, description);
    }

    public static OAuthError unauthorizedClient(String description) {
        return new OAuthError(OAuthErrorCode.UNAUTHORIZED_CLIENT, description);
    }

    public static OAuthError invalidClientMetadata(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_CLIENT_METADATA, description);
    }

    public static OAuthError invalidRedirectUri(String description) {
        return new OAuthError(OAuthErrorCode.INVALID_REDIRECT_URI, description);
    }

    /**
     * RFC 6749 §5.2 limits {@code error_description} to %x20-21 / %x23-5B / %x5D-7E: printable ASCII
     * without the double quote and backslash, so that it also fits in a WWW-Authenticate header.
     */
    private static String asciiOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('\'');
            } else if (c == '\\') {
                out.append('/');
            } else if (c >= 0x20 && c <= 0x7E) {
                out.append(c);
            } else if (c == '\u2014' || c == '\u2013') {
                out.append('-');
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }
}
