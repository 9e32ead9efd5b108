package dev.latchkey.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7636 §4.2 (S256 challenge) and §4.6 (server verifies the verifier against the challenge). */
final class CodeChallengeTest {

    /** RFC 7636 Appendix B. */
    static final String RFC_7636_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static final CodeVerifier RFC_VERIFIER = new CodeVerifier(CodeVerifierTest.RFC_7636_VERIFIER);

    @Test
    void s256WhenRfc7636AppendixBVerifierThenGivesAppendixBChallenge() {
        assertThat(CodeChallenge.s256(RFC_VERIFIER).value()).isEqualTo(RFC_7636_CHALLENGE);
    }

    @Test
    void rfc7636AppendixBDigestOctetsWhenBase64urlEncodedThenGiveTheChallenge() {
        // RFC 7636 Appendix B: SHA256(ASCII(code_verifier)) as octets.
        byte[] digest = CodeVerifierTest.bytes(19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46,
                8, 118, 168, 120, 173, 109, 241, 68, 86, 110, 225, 137, 74, 203, 112, 249, 195);

        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(digest)).isEqualTo(RFC_7636_CHALLENGE);
    }

    @Test
    void isAnsweredByWhenVerifierIsTheOneHashedThenTrue() {
        CodeChallenge challenge = new CodeChallenge(RFC_7636_CHALLENGE);

        assertThat(challenge.isAnsweredBy(RFC_VERIFIER)).isTrue();
    }

    @Test
    void isAnsweredByWhenVerifierDiffersInLastCharacterThenFalse() {
        CodeChallenge challenge = new CodeChallenge(RFC_7636_CHALLENGE);
        String verifier = CodeVerifierTest.RFC_7636_VERIFIER;
        CodeVerifier almost = new CodeVerifier(verifier.substring(0, verifier.length() - 1) + "Y");

        assertThat(challenge.isAnsweredBy(almost)).isFalse();
    }

    @Test
    void isAnsweredByWhenVerifierIsTheChallengeItselfThenFalse() {
        // RFC 7636 §7.2: with S256, someone who saw the challenge cannot answer it by replaying it ("plain").
        CodeChallenge challenge = new CodeChallenge(RFC_7636_CHALLENGE);

        assertThat(challenge.isAnsweredBy(new CodeVerifier(RFC_7636_CHALLENGE))).isFalse();
    }

    @Test
    void s256WhenAnyVerifierThenChallengeIs43Base64urlCharacters() {
        CodeChallenge challenge = CodeChallenge.s256(new CodeVerifier("~".repeat(128)));

        assertThat(challenge.value()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(challenge.isAnsweredBy(new CodeVerifier("~".repeat(128)))).isTrue();
    }

    @Test
    void buildWhen42CharactersThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeChallenge(RFC_7636_CHALLENGE.substring(1)));
    }

    @Test
    void buildWhen44CharactersThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeChallenge(RFC_7636_CHALLENGE + "A"));
    }

    @Test
    void buildWhenPaddedThenRefused() {
        // RFC 7636 Appendix A: base64url "with all trailing '=' characters omitted".
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CodeChallenge(RFC_7636_CHALLENGE.substring(0, 42) + "="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "/", ".", "~", " "})
    void buildWhenCharacterOutsideBase64urlThenRefused(String forbidden) {
        String challenge = RFC_7636_CHALLENGE.substring(0, 42) + forbidden;

        assertThatIllegalArgumentException().isThrownBy(() -> new CodeChallenge(challenge));
    }

    @Test
    void buildWhenMissingThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeChallenge(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeChallenge(""));
    }

    @Test
    void methodWhenReadThenIsS256() {
        assertThat(CodeChallenge.METHOD_S256).isEqualTo("S256");
    }
}
