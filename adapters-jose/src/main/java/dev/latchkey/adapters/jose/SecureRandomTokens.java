package dev.latchkey.adapters.jose;

import dev.latchkey.application.port.RandomTokens;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Unguessable values from the JDK's {@link SecureRandom}: 256-bit secrets as unpadded base64url (RFC 4648 §5),
 * which RFC 6749 §10.10 and RFC 9700 §4.14 ask of codes and refresh tokens, and random (version 4) UUIDs.
 */
public final class SecureRandomTokens implements RandomTokens {

    static final int SECRET_BYTES = 32;

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    // SecureRandom is thread-safe; one instance serves every request.
    private final SecureRandom random = new SecureRandom();

    public SecureRandomTokens() {}

    @Override
    public String secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    @Override
    public String id() {
        return UUID.randomUUID().toString();
    }
}
