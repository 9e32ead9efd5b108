package dev.latchkey.domain.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.user.SetupToken;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every secret type: 16 to 512 printable ASCII characters without spaces, redacted in
 * {@code toString()} (RFC 6819 §5.1.4.1.3 "No cleartext storage of credentials"), stored as its hash.
 */
final class SecretShapeTest {

    private static final String VALID = "Zm9vYmFyLWJhei0xMjM0NTY3ODkwLWFiY2RlZg";

    static Stream<Arguments> secrets() {
        return Stream.of(
                Arguments.of("AuthorizationCode", (Function<String, Secret>) AuthorizationCode::new),
                Arguments.of("RefreshToken", (Function<String, Secret>) RefreshToken::new),
                Arguments.of("ClientSecret", (Function<String, Secret>) ClientSecret::new),
                Arguments.of("SessionToken", (Function<String, Secret>) SessionToken::new),
                Arguments.of("RequestHandle", (Function<String, Secret>) RequestHandle::new),
                Arguments.of("SetupToken", (Function<String, Secret>) SetupToken::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void toStringWhenPrintedThenRedactedAndWithoutTheValue(String type, Function<String, Secret> make) {
        Secret secret = make.apply(VALID);

        assertThat(secret.toString()).isEqualTo(type + "[redacted]").doesNotContain(VALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void hashWhenAskedThenSha256OfTheValue(String type, Function<String, Secret> make) {
        Secret secret = make.apply(VALID);

        assertThat(secret.hash()).isEqualTo(SecretHash.of(VALID));
        assertThat(secret.hash().matches(VALID)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void buildWhen16To512PrintableCharactersThenAccepted(String type, Function<String, Secret> make) {
        assertThat(make.apply("a".repeat(16)).value()).hasSize(16);
        assertThat(make.apply("a".repeat(512)).value()).hasSize(512);
        assertThat(make.apply("!~" + "a".repeat(14)).value()).hasSize(16);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void buildWhenShorterThan16ThenRefused(String type, Function<String, Secret> make) {
        assertThatIllegalArgumentException().isThrownBy(() -> make.apply("a".repeat(15)))
                .withMessageContaining("wrong length");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void buildWhenLongerThan512ThenRefused(String type, Function<String, Secret> make) {
        assertThatIllegalArgumentException().isThrownBy(() -> make.apply("a".repeat(513)))
                .withMessageContaining("wrong length");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void buildWhenMissingThenRefused(String type, Function<String, Secret> make) {
        assertThatIllegalArgumentException().isThrownBy(() -> make.apply(null)).withMessageContaining("missing");
        assertThatIllegalArgumentException().isThrownBy(() -> make.apply("")).withMessageContaining("missing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void buildWhenSpaceControlOrNonAsciiCharacterThenRefused(String type, Function<String, Secret> make) {
        for (String bad : new String[] {" ", "\t", "\n", "\u0000", "\u007f", "\u00e9", "\u2028"}) {
            assertThatIllegalArgumentException().as("character U+%04X", (int) bad.charAt(0))
                    .isThrownBy(() -> make.apply("a".repeat(10) + bad + "a".repeat(10)))
                    .withMessageContaining("not allowed");
        }
    }
}
