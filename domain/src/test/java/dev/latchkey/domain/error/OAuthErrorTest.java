package dev.latchkey.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 6749 §5.2: {@code error_description} values "MUST NOT include characters outside the set
 * %x20-21 / %x23-5B / %x5D-7E".
 */
final class OAuthErrorTest {

    @Test
    void descriptionWhenPlainPrintableAsciiThenUnchanged() {
        String text = "redirect_uri 'http://x' is not registered; register it first (RFC 6749 section 3.1.2).";

        assertThat(OAuthError.invalidRequest(text).description()).isEqualTo(text);
    }

    @Test
    void descriptionWhenDoubleQuoteThenReplacedBySingleQuote() {
        assertThat(OAuthError.invalidRequest("scope \"admin\" is unknown").description())
                .isEqualTo("scope 'admin' is unknown");
    }

    @Test
    void descriptionWhenBackslashThenReplacedBySlash() {
        assertThat(OAuthError.invalidRequest("C:\\path").description()).isEqualTo("C:/path");
    }

    @Test
    void descriptionWhenEmOrEnDashThenHyphen() {
        assertThat(OAuthError.invalidRequest("a \u2014 b \u2013 c").description()).isEqualTo("a - b - c");
    }

    @Test
    void descriptionWhenNonAsciiOrControlCharacterThenQuestionMark() {
        assertThat(OAuthError.invalidRequest("caf\u00e9\nline\ttab\u007f").description())
                .isEqualTo("caf??line?tab?");
    }

    @Test
    void descriptionWhenAnyCharacterThenEveryOutputCharacterIsInTheRfc6749Set() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            every.append(c);
        }
        String description = OAuthError.invalidRequest(every.toString()).description();

        assertThat(description).hasSize(0x3000);
        assertThat(description.chars()).allMatch(c ->
                c == 0x20 || c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E));
    }

    static Stream<Arguments> factories() {
        return Stream.of(
                Arguments.of((Function<String, OAuthError>) OAuthError::invalidRequest, "invalid_request"),
                Arguments.of((Function<String, OAuthError>) OAuthError::invalidClient, "invalid_client"),
                Arguments.of((Function<String, OAuthError>) OAuthError::invalidGrant, "invalid_grant"),
                Arguments.of((Function<String, OAuthError>) OAuthError::invalidScope, "invalid_scope"),
                Arguments.of((Function<String, OAuthError>) OAuthError::invalidTarget, "invalid_target"),
                Arguments.of((Function<String, OAuthError>) OAuthError::unauthorizedClient, "unauthorized_client"),
                Arguments.of((Function<String, OAuthError>) OAuthError::invalidClientMetadata,
                        "invalid_client_metadata"),
                Arguments.of((Function<String, OAuthError>) OAuthError::invalidRedirectUri, "invalid_redirect_uri"));
    }

    @ParameterizedTest
    @MethodSource("factories")
    void factoryWhenCalledThenCarriesRegisteredErrorCode(Function<String, OAuthError> factory, String wireName) {
        OAuthError error = factory.apply("why");

        assertThat(error.code().wireName()).isEqualTo(wireName);
        assertThat(error.description()).isEqualTo("why");
    }

    @Test
    void wireNamesWhenReadThenRegisteredNames() {
        assertThat(OAuthErrorCode.ACCESS_DENIED.wireName()).isEqualTo("access_denied");
        assertThat(OAuthErrorCode.UNSUPPORTED_GRANT_TYPE.wireName()).isEqualTo("unsupported_grant_type");
        assertThat(OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE.wireName()).isEqualTo("unsupported_response_type");
        assertThat(OAuthErrorCode.SERVER_ERROR.wireName()).isEqualTo("server_error");
        assertThat(OAuthErrorCode.TEMPORARILY_UNAVAILABLE.wireName()).isEqualTo("temporarily_unavailable");
        assertThat(OAuthErrorCode.INVALID_TOKEN.wireName()).isEqualTo("invalid_token");
        assertThat(OAuthErrorCode.INSUFFICIENT_SCOPE.wireName()).isEqualTo("insufficient_scope");
        assertThat(OAuthErrorCode.UNSUPPORTED_TOKEN_TYPE.wireName()).isEqualTo("unsupported_token_type");
    }

    @Test
    void wireNameWhenAnyCodeThenLowercaseEnumName() {
        for (OAuthErrorCode code : OAuthErrorCode.values()) {
            assertThat(code.wireName()).isEqualTo(code.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void buildWhenCodeOrDescriptionMissingThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new OAuthError(null, "x"));
        assertThatNullPointerException().isThrownBy(() -> new OAuthError(OAuthErrorCode.INVALID_REQUEST, null));
    }
}
