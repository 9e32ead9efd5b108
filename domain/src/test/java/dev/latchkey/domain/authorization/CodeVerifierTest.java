package dev.latchkey.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7636 §4.1: {@code code-verifier = 43*128unreserved}, unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~". */
final class CodeVerifierTest {

    /** RFC 7636 Appendix B. */
    static final String RFC_7636_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    @Test
    void buildWhenRfc7636AppendixBVerifierThenAccepted() {
        assertThat(new CodeVerifier(RFC_7636_VERIFIER).value()).isEqualTo(RFC_7636_VERIFIER);
    }

    @Test
    void rfc7636AppendixBOctetsWhenBase64urlEncodedThenGiveTheVerifier() {
        // RFC 7636 Appendix B: the verifier is base64url of these 32 random octets.
        byte[] octets = bytes(116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186,
                22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);

        assertThat(new CodeVerifier(encoded).value()).isEqualTo(RFC_7636_VERIFIER);
    }

    @Test
    void buildWhen42CharactersThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeVerifier("a".repeat(42)))
                .withMessageContaining("43 to 128");
    }

    @Test
    void buildWhen43CharactersThenAccepted() {
        assertThat(new CodeVerifier("a".repeat(43)).value()).hasSize(43);
    }

    @Test
    void buildWhen128CharactersThenAccepted() {
        assertThat(new CodeVerifier("a".repeat(128)).value()).hasSize(128);
    }

    @Test
    void buildWhen129CharactersThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeVerifier("a".repeat(129)))
                .withMessageContaining("43 to 128");
    }

    @Test
    void buildWhenEveryUnreservedCharacterThenAccepted() {
        String all = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

        assertThat(new CodeVerifier(all).value()).isEqualTo(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "/", "=", " ", "%", "!", "*", "#", "\u00e9", "\t", "\u007f"})
    void buildWhenCharacterOutsideUnreservedThenRefused(String forbidden) {
        String verifier = "a".repeat(21) + forbidden + "a".repeat(21);

        assertThatIllegalArgumentException().isThrownBy(() -> new CodeVerifier(verifier))
                .withMessageContaining("only letters, digits");
    }

    @Test
    void buildWhenMissingThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeVerifier(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeVerifier(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeVerifier(" ".repeat(43)));
    }

    @Test
    void toStringWhenPrintedThenRedactsTheVerifier() {
        CodeVerifier verifier = new CodeVerifier(RFC_7636_VERIFIER);

        assertThat(verifier.toString()).isEqualTo("CodeVerifier[redacted]").doesNotContain(RFC_7636_VERIFIER);
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
