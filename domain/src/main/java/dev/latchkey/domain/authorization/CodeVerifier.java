package dev.latchkey.domain.authorization;

import dev.latchkey.domain.validation.Require;

/**
 * A PKCE code verifier (RFC 7636 §4.1): 43 to 128 characters of
 * {@code [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"}. Redacted in {@code toString()}.
 */
public record CodeVerifier(String value) {

    public CodeVerifier {
        Require.text(value, "code_verifier");
        Require.that(value.length() >= 43 && value.length() <= 128,
                "code_verifier must be 43 to 128 characters (RFC 7636 section 4.1)");
        Require.that(isUnreserved(value),
                "code_verifier may contain only letters, digits, '-', '.', '_' and '~' (RFC 7636 section 4.1)");
    }

    static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "CodeVerifier[redacted]";
    }
}
