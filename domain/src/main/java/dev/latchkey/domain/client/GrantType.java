package dev.latchkey.domain.client;

import java.util.Optional;

/**
 * The grant types Latchkey implements (RFC 6749 §4, §6; OAuth 2.1 §4).
 */
public enum GrantType {
    AUTHORIZATION_CODE("authorization_code"),
    REFRESH_TOKEN("refresh_token"),
    CLIENT_CREDENTIALS("client_credentials");

    private final String wireName;

    GrantType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The grant type with this wire name, or empty for one Latchkey does not implement. */
    public static Optional<GrantType> fromWireName(String name) {
        for (GrantType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
