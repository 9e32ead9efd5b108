package dev.latchkey.domain.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * SHA-256 (FIPS 180-4; test vectors from RFC 6234 §8.5 / FIPS 180-2 Appendix B) in unpadded base64url
 * (RFC 4648 §5), and constant-time comparison.
 */
final class SecretHashTest {

    /** SHA-256("abc"), FIPS 180-2 Appendix B.1. */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** SHA-256(""), the well-known empty-input digest. */
    private static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static String base64url(String hex) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hex));
    }

    @Test
    void ofWhenAbcThenBase64urlOfTheFipsDigest() {
        String expected = base64url(SHA256_ABC);

        assertThat(expected).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
        assertThat(SecretHash.of("abc").value()).isEqualTo(expected);
    }

    @Test
    void sha256WhenEmptyInputThenKnownDigest() {
        assertThat(HexFormat.of().formatHex(SecretHash.sha256(new byte[0]))).isEqualTo(SHA256_EMPTY);
    }

    @Test
    void sha256WhenAbcBytesThenFipsDigest() {
        assertThat(HexFormat.of().formatHex(SecretHash.sha256("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(SHA256_ABC);
    }

    @Test
    void ofWhenAnyInputThen43CharactersWithoutPadding() {
        String value = SecretHash.of("a-256-bit-random-value-in-base64url-form-xyz").value();

        assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void ofWhenNonAsciiInputThenHashesUtf8Bytes() {
        // U+00E9 is C3 A9 in UTF-8; hashing Latin-1 (E9) would give a different digest.
        SecretHash utf8 = SecretHash.of("\u00e9");
        String latin1 = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(SecretHash.sha256(new byte[] {(byte) 0xE9}));

        assertThat(utf8.value()).isEqualTo(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(SecretHash.sha256(new byte[] {(byte) 0xC3, (byte) 0xA9})));
        assertThat(utf8.value()).isNotEqualTo(latin1);
    }

    @Test
    void matchesWhenCandidateIsTheSecretThenTrue() {
        assertThat(SecretHash.of("abc").matches("abc")).isTrue();
        assertThat(new SecretHash(base64url(SHA256_ABC)).matches("abc")).isTrue();
    }

    @Test
    void matchesWhenCandidateDiffersThenFalse() {
        assertThat(SecretHash.of("abc").matches("abd")).isFalse();
        assertThat(SecretHash.of("abc").matches("ABC")).isFalse();
        assertThat(SecretHash.of("abc").matches("")).isFalse();
    }

    @Test
    void constantTimeEqualsWhenSameTextThenTrue() {
        assertThat(SecretHash.constantTimeEquals("same-value", "same-value")).isTrue();
        assertThat(SecretHash.constantTimeEquals("", "")).isTrue();
    }

    @Test
    void constantTimeEqualsWhenTextDiffersThenFalse() {
        assertThat(SecretHash.constantTimeEquals("same-value", "same-valuE")).isFalse();
        assertThat(SecretHash.constantTimeEquals("same-value", "Same-value")).isFalse();
    }

    @Test
    void constantTimeEqualsWhenOneIsAPrefixOfTheOtherThenFalse() {
        assertThat(SecretHash.constantTimeEquals("same", "same-value")).isFalse();
        assertThat(SecretHash.constantTimeEquals("same-value", "")).isFalse();
    }

    @Test
    void buildWhenNot43CharactersThenRefused() {
        String valid = base64url(SHA256_ABC);

        assertThatIllegalArgumentException().isThrownBy(() -> new SecretHash(valid.substring(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretHash(valid + "A"));
        assertThatNullPointerException().isThrownBy(() -> new SecretHash(null));
    }

    @Test
    void equalsWhenSameSecretHashedTwiceThenEqual() {
        assertThat(SecretHash.of("abc")).isEqualTo(SecretHash.of("abc")).isNotEqualTo(SecretHash.of("abd"));
    }
}
