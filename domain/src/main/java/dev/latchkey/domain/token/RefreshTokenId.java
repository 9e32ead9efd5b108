package dev.latchkey.domain.token;

import dev.latchkey.domain.validation.Require;

/** Identifies a stored refresh token (not the token itself) so that rotations can point at successors. */
public record RefreshTokenId(String value) {

    public RefreshTokenId {
        Require.visibleAscii(value, "refresh token id", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
