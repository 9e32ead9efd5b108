package dev.latchkey.domain.user;

import dev.latchkey.domain.validation.Require;
import java.util.regex.Pattern;

/**
 * The rules for the two optional profile fields of a {@link User}, released to clients as the OpenID
 * Connect claims {@code email} and {@code name} (OIDC Core §5.1). Each check throws
 * {@link IllegalArgumentException} with a message fit to show the person who typed the value.
 */
public final class ProfileFields {

    /**
     * The longest email address: a forward or reverse path is at most 256 octets including the angle
     * brackets (RFC 5321 §4.5.3.1.3), so an address is at most 254 (RFC 3696 errata 1690).
     */
    public static final int EMAIL_MAX_LENGTH = 254;

    /** The longest local part (RFC 5321 §4.5.3.1.1). */
    static final int LOCAL_PART_MAX_LENGTH = 64;

    /** The longest display name, in characters (Unicode code points). */
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    /**
     * A plausible addr-spec (RFC 5322 §3.4.1) in its common form: a dot-atom local part (RFC 5322
     * §3.2.3: atext separated by single dots) and a domain of LDH labels (RFC 1035 §2.3.1, RFC 5321
     * §4.1.2). Quoted local parts, domain literals and non-ASCII addresses are not accepted; nothing is
     * checked beyond the syntax (Latchkey never sends mail, so an address is never verified).
     */
    private static final Pattern ADDR_SPEC = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private ProfileFields() {}

    /**
     * Checks an email address: at most {@value #EMAIL_MAX_LENGTH} characters, a local part of at most
     * {@value #LOCAL_PART_MAX_LENGTH}, and the common {@code local@domain} shape of an RFC 5322 §3.4.1
     * addr-spec (a dot-atom local part, LDH domain labels); quoted local parts, domain literals and
     * non-ASCII addresses are refused.
     *
     * @return {@code value} unchanged
     */
    public static String email(String value) {
        Require.text(value, "email address");
        Require.that(value.length() <= EMAIL_MAX_LENGTH,
                "the email address is longer than " + EMAIL_MAX_LENGTH + " characters");
        Require.that(ADDR_SPEC.matcher(value).matches(), "'" + printable(value) + "' is not an email address:"
                + " write it as name@example.com");
        Require.that(value.indexOf('@') <= LOCAL_PART_MAX_LENGTH,
                "the part of the email address before '@' is longer than " + LOCAL_PART_MAX_LENGTH + " characters");
        return value;
    }

    /**
     * Checks a display name: not blank, no surrounding spaces, at most {@value #DISPLAY_NAME_MAX_LENGTH}
     * characters, and no control characters (it is shown on pages and put in tokens, where a line break
     * or an escape sequence has no business).
     *
     * @return {@code value} unchanged
     */
    public static String displayName(String value) {
        Require.text(value, "display name");
        Require.that(value.equals(value.strip()), "the display name must not start or end with spaces");
        Require.that(value.codePointCount(0, value.length()) <= DISPLAY_NAME_MAX_LENGTH,
                "the display name is longer than " + DISPLAY_NAME_MAX_LENGTH + " characters");
        Require.that(value.codePoints().noneMatch(ProfileFields::isControl),
                "the display name contains a control character (such as a line break or a tab)");
        return value;
    }

    /** C0 and C1 controls, and the Unicode line and paragraph separators. */
    private static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /** The value for an error message, with control characters made visible as '?'. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(EMAIL_MAX_LENGTH)
                .forEach(codePoint -> out.appendCodePoint(isControl(codePoint) ? '?' : codePoint));
        return out.toString();
    }
}
