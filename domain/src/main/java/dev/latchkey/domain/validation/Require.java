package dev.latchkey.domain.validation;

/**
 * Small guards used by domain constructors. Each failure is an {@link IllegalArgumentException} whose
 * message is fit to show the person who sent the value.
 */
public final class Require {

    private Require() {}

    /** Fails with {@code message} unless {@code condition} holds. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Fails unless {@code value} is present and not blank; returns it. */
    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    /** Fails unless every character of {@code value} is printable ASCII (RFC 6749 Appendix A, VSCHAR). */
    public static String visibleAscii(String value, String what, int maxLength) {
        text(value, what);
        that(value.length() <= maxLength, what + " is longer than " + maxLength + " characters");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            that(c >= 0x20 && c <= 0x7E, what + " contains a character outside printable ASCII");
        }
        return value;
    }
}
