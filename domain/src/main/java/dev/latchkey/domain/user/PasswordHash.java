package dev.latchkey.domain.user;

import dev.latchkey.domain.validation.Require;

/**
 * A password hash in PHC string format, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. The
 * format carries its own parameters, so hashes made with older settings still verify.
 */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Require.text(encoded, "password hash");
        Require.that(encoded.startsWith("$"), "a password hash is a PHC string starting with '$'");
    }

    @Override
    public String toString() {
        return "PasswordHash[" + encoded.substring(0, Math.min(encoded.length(), 12)) + "...]";
    }
}
