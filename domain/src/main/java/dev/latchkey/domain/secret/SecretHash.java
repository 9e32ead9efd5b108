package dev.latchkey.domain.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * The SHA-256 hash of a high-entropy secret, in unpadded base64url (43 characters).
 *
 * <p>Codes, refresh tokens, client secrets and session ids are 256-bit random values, so a fast hash is
 * the right tool: a slow password hash adds nothing against guessing a 256-bit value and would cost
 * the token endpoint its throughput. Only this hash is ever stored.
 */
public record SecretHash(String value) {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public SecretHash {
        Objects.requireNonNull(value, "value");
        if (value.length() != 43) {
            throw new IllegalArgumentException("a secret hash is 43 base64url characters");
        }
    }

    /** Hashes {@code secret} (UTF-8) with SHA-256. */
    public static SecretHash of(String secret) {
        return new SecretHash(BASE64URL.encodeToString(sha256(secret.getBytes(StandardCharsets.UTF_8))));
    }

    /** Whether {@code candidate} hashes to this value, compared in constant time. */
    public boolean matches(String candidate) {
        return constantTimeEquals(value, of(candidate).value);
    }

    /** Compares two strings without an early exit that would leak how many leading bytes match. */
    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of {@code input}. */
    public static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest).
            throw new IllegalStateException(impossible);
        }
    }
}
