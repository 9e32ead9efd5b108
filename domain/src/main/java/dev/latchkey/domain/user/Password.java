package dev.latchkey.domain.user;

import java.util.Objects;

/**
 * A password in the clear, between the form or terminal that carried it and the hasher. Redacts
 * itself in {@code toString()}.
 */
public record Password(String value) {

    /** NIST SP 800-63B §5.1.1.2: at least 8 characters for user-chosen secrets. */
    public static final int MINIMUM_LENGTH = 8;

    /** Bounds the work a sign-in attempt can cause. */
    public static final int MAXIMUM_LENGTH = 256;

    public Password {
        Objects.requireNonNull(value, "password");
        if (value.length() > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("password is longer than " + MAXIMUM_LENGTH + " characters");
        }
    }

    /**
     * A password a user is choosing now, which must meet the minimum length.
     *
     * @throws IllegalArgumentException when it is too short
     */
    public static Password choose(String value) {
        Password password = new Password(value);
        if (value.codePointCount(0, value.length()) < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("password must be at least " + MINIMUM_LENGTH
                    + " characters; choose a longer one");
        }
        return password;
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
