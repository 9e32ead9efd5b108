package dev.latchkey.domain.secret;

/**
 * A high-entropy secret in the clear: it exists only between the random generator (or the request
 * that carried it) and the hash that is stored. Implementations redact {@code toString()}.
 */
public interface Secret {

    /** The secret itself; handle with care and never log it. */
    String value();

    /** The SHA-256 hash that is stored in place of the secret. */
    default SecretHash hash() {
        return SecretHash.of(value());
    }

    /** Checks a secret's shape: 16 to 512 printable ASCII characters, no spaces. */
    static String checkShape(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (value.length() < 16 || value.length() > 512) {
            throw new IllegalArgumentException(what + " has the wrong length");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(what + " contains a character that is not allowed");
            }
        }
        return value;
    }
}
