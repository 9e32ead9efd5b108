package dev.latchkey.adapters.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Argon2id in PHC format: defaults, round trips, refusals, and known answers from RFC 9106 and the reference code. */
class Argon2idPasswordHasherTest {

    private static final Password PASSWORD = new Password("correct horse battery staple");

    /** Cheap parameters for the tests that are about format and parsing, not cost. */
    private final Argon2idPasswordHasher cheap = new Argon2idPasswordHasher(64, 1, 1);

    @Test
    void hashWhenDefaultParametersThenPhcStringRecordsOwaspSettingsA16ByteSaltAndA32ByteHash() {
        PasswordHash hash = new Argon2idPasswordHasher().hash(PASSWORD);

        assertThat(hash.encoded()).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] fields = hash.encoded().split("\\$");
        assertThat(Base64.getDecoder().decode(fields[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(fields[5])).hasSize(32);
    }

    @Test
    void verifyWhenDefaultParametersAndTheSamePasswordThenTrue() {
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

        assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isTrue();
    }

    @Test
    void verifyWhenDefaultParametersAndAnotherPasswordThenFalse() {
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify(new Password("correct horse battery stapler"), hash)).isFalse();
        assertThat(hasher.verify(new Password(""), hash)).isFalse();
    }

    @Test
    void hashWhenTheSamePasswordTwiceThenSaltsAndHashesDiffer() {
        String first = cheap.hash(PASSWORD).encoded();
        String second = cheap.hash(PASSWORD).encoded();

        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(first.split("\\$")[5]).isNotEqualTo(second.split("\\$")[5]);
    }

    @Test
    void verifyWhenHashWasMadeWithOtherParametersThenReadsThemFromTheString() {
        PasswordHash made = new Argon2idPasswordHasher(256, 3, 2).hash(PASSWORD);

        assertThat(made.encoded()).startsWith("$argon2id$v=19$m=256,t=3,p=2$");
        assertThat(new Argon2idPasswordHasher().verify(PASSWORD, made)).isTrue();
        assertThat(cheap.verify(PASSWORD, made)).isTrue();
        // The parameters are part of what is verified: the same salt and hash under other settings fail.
        PasswordHash altered = new PasswordHash(made.encoded().replace("t=3", "t=2"));
        assertThat(cheap.verify(PASSWORD, altered)).isFalse();
    }

    @Test
    void verifyWhenTheReferenceImplementationsHashOfPasswordThenTrue() {
        // phc-winner-argon2 src/test.c, Argon2id v=19, t=2, m=2^16, p=1, password "password", salt "somesalt".
        PasswordHash reference = new PasswordHash(
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");

        assertThat(cheap.verify(new Password("password"), reference)).isTrue();
        assertThat(cheap.verify(new Password("differentpassword"), reference)).isFalse();
    }

    @Test
    void deriveWhenTheReferenceImplementationsInputsThenReturnsItsHexTag() {
        byte[] tag = Argon2idPasswordHasher.derive("password".getBytes(StandardCharsets.US_ASCII),
                "somesalt".getBytes(StandardCharsets.US_ASCII), Argon2Parameters.ARGON2_VERSION_13, 65536, 2, 1, 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
    }

    @Test
    void argon2idWhenTheRfc9106Section5_3InputsThenBouncyCastleProducesTheRfcTag() {
        // RFC 9106 §5.3 uses a secret and associated data, which the hasher never sets; this pins the library,
        // type (Argon2id) and version (0x13) the hasher drives to the RFC's own answer.
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(32)
                .withIterations(3)
                .withParallelism(4)
                .withSalt(filled(16, 0x02))
                .withSecret(filled(8, 0x03))
                .withAdditional(filled(12, 0x04))
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] tag = new byte[32];
        generator.generateBytes(filled(32, 0x01), tag);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void verifyWhenTheVersionIsOmittedThenReadsItAsArgon2Version10() {
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] hash = Argon2idPasswordHasher.derive(PASSWORD.value().getBytes(StandardCharsets.UTF_8), salt,
                Argon2Parameters.ARGON2_VERSION_10, 64, 1, 1, 32);
        String encoder = "$m=64,t=1,p=1$" + Base64.getEncoder().withoutPadding().encodeToString(salt) + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(hash);

        assertThat(cheap.verify(PASSWORD, new PasswordHash("$argon2id" + encoder))).isTrue();
        assertThat(cheap.verify(PASSWORD, new PasswordHash("$argon2id$v=16" + encoder))).isTrue();
        assertThat(cheap.verify(PASSWORD, new PasswordHash("$argon2id$v=19" + encoder))).isFalse();
    }

    @Test
    void verifyWhenTheSamePasswordIsComposedDifferentlyThenTrue() {
        // NFKC: "é" as one code point and as "e" + combining acute accent are the same password.
        PasswordHash hash = cheap.hash(new Password("caf\u00e9-au-lait"));

        assertThat(cheap.verify(new Password("cafe\u0301-au-lait"), hash)).isTrue();
        assertThat(cheap.verify(new Password("cafe-au-lait"), hash)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$argon2id",
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQ",
        "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2d$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=18$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$t=2,m=65536,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ=$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc=",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc$",
        "$argon2id$v=19$m=65536,t=2,p=1$c29t-XNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1a",
        "$argon2id$v=19$m=0,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=7,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=0,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=0$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=999999999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=64,t=99999,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1,keyid=abc$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=-1,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc ",
        "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
        "$plaintext$password"})
    void verifyWhenTheStoredHashIsMalformedThenFalseWithoutThrowing(String encoded) {
        assertThat(cheap.verify(new Password("password"), new PasswordHash(encoded))).isFalse();
    }

    @Test
    void verifyWhenTheHashPartDiffersInOneBitThenFalse() {
        String encoded = cheap.hash(PASSWORD).encoded();
        String[] fields = encoded.split("\\$");
        byte[] hash = Base64.getDecoder().decode(fields[5]);
        hash[31] ^= 0x01;
        fields[5] = Base64.getEncoder().withoutPadding().encodeToString(hash);

        assertThat(cheap.verify(PASSWORD, new PasswordHash(String.join("$", fields)))).isFalse();
    }

    @Test
    void constructorWhenParametersAreOutsideArgon2sLimitsThenThrows() {
        assertThatThrownBy(() -> new Argon2idPasswordHasher(7, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idPasswordHasher(64, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idPasswordHasher(64, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idPasswordHasher(64, 1, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
