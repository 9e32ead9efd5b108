package dev.latchkey.domain.scope;

import dev.latchkey.domain.validation.Require;

/**
 * One scope token (RFC 6749 §3.3): {@code 1*( %x21 / %x23-5B / %x5D-7E )}.
 */
public record Scope(String value) implements Comparable<Scope> {

    /** Every call through the gateway needs this scope. */
    public static final Scope MCP_USE = new Scope("mcp:use");

    /** Accepted everywhere; Latchkey issues refresh tokens whether or not it is asked for. */
    public static final Scope OFFLINE_ACCESS = new Scope("offline_access");

    /**
     * Makes the request an OpenID Connect request (OIDC Core §3.1.2.1): the token response then carries
     * an ID token, and the access token may be used at the UserInfo endpoint.
     */
    public static final Scope OPENID = new Scope("openid");

    /** Releases the user's {@code name} and {@code preferred_username} (OIDC Core §5.4). */
    public static final Scope PROFILE = new Scope("profile");

    /** Releases the user's {@code email} and {@code email_verified} (OIDC Core §5.4). */
    public static final Scope EMAIL = new Scope("email");

    public Scope {
        Require.text(value, "scope");
        Require.that(value.length() <= 128, "a scope is at most 128 characters");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            Require.that(c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E),
                    "scope '" + value + "' contains a character RFC 6749 section 3.3 does not allow");
        }
    }

    /**
     * Whether holding this scope satisfies a request for {@code required}: the same scope, or a broader
     * one in the colon hierarchy ({@code mcp} covers {@code mcp:use} and {@code mcp:use:read}).
     */
    public boolean covers(Scope required) {
        return value.equals(required.value) || required.value.startsWith(value + ":");
    }

    @Override
    public int compareTo(Scope other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
