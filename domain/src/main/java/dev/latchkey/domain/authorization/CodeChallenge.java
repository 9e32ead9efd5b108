package dev.latchkey.domain.authorization;

import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.validation.Require;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A PKCE code challenge made with the {@code S256} method (RFC 7636 §4.2):
 * {@code BASE64URL(SHA256(ASCII(code_verifier)))}, which is always 43 characters. Latchkey supports
 * S256 only: OAuth 2.1 §7.5.2 and the MCP authorization spec require it, and {@code plain} offers no
 * protection against a leaked authorization request.
 */
public record CodeChallenge(String value) {

    /** The only {@code code_challenge_method} Latchkey accepts. */
    public static final String METHOD_S256 = "S256";

    public CodeChallenge {
        Require.text(value, "code_challenge");
        Require.that(value.length() == 43 && value.matches("[A-Za-z0-9_-]{43}"),
                "code_challenge must be the 43-character base64url SHA-256 of the code_verifier (S256)");
    }

    /** The S256 challenge for {@code verifier} (RFC 7636 §4.2). */
    public static CodeChallenge s256(CodeVerifier verifier) {
        byte[] digest = SecretHash.sha256(verifier.value().getBytes(StandardCharsets.US_ASCII));
        return new CodeChallenge(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    /**
     * Whether {@code verifier} answers this challenge (RFC 7636 §4.6), compared in constant time.
     */
    public boolean isAnsweredBy(CodeVerifier verifier) {
        return SecretHash.constantTimeEquals(value, s256(verifier).value);
    }
}
