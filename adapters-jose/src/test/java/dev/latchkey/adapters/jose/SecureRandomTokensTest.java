package dev.latchkey.adapters.jose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Secrets are 256 bits of unpadded base64url; identifiers are random UUIDs; neither repeats. */
class SecureRandomTokensTest {

    private final SecureRandomTokens random = new SecureRandomTokens();

    @Test
    void secretWhenCalledThenIs43CharactersOfUnpaddedBase64urlDecodingTo32Bytes() {
        String secret = random.secret();

        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }

    @Test
    void secretWhenCalledManyTimesThenNeverRepeatsAndUsesEveryBit() {
        Set<String> secrets = new HashSet<>();
        int orOfAllBytes = 0;
        int andOfAllBytes = 0xFF;
        for (int i = 0; i < 10_000; i++) {
            String secret = random.secret();
            secrets.add(secret);
            for (byte b : Base64.getUrlDecoder().decode(secret)) {
                orOfAllBytes |= b & 0xFF;
                andOfAllBytes &= b & 0xFF;
            }
        }

        assertThat(secrets).hasSize(10_000);
        assertThat(orOfAllBytes).isEqualTo(0xFF);
        assertThat(andOfAllBytes).isZero();
    }

    @Test
    void idWhenCalledThenIsARandomVersion4Uuid() {
        String id = random.id();

        UUID uuid = UUID.fromString(id);
        assertThat(uuid.toString()).isEqualTo(id);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(id).hasSize(36);
    }

    @Test
    void idWhenCalledManyTimesThenNeverRepeats() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(random.id());
        }

        assertThat(ids).hasSize(10_000);
    }
}
