package dev.latchkey.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A static header the gateway adds to forwarded requests: a valid field name (RFC 9110 §5.1, a token),
 * a value without control characters other than tab (RFC 9110 §5.5), never one the gateway sets itself,
 * and redacted when printed.
 */
final class UpstreamHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "X-Api-Key", "x-api-key", "X_Custom.Header~1", "!#$%&'*+.^_`|~"})
    void buildWhenNameIsATokenThenAccepted(String name) {
        assertThat(new UpstreamHeader(name, "v").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X Api Key", "X-Api-Key:", "X(Key)", "Caf\u00e9", "X-Key\t", "\"X\""})
    void buildWhenNameIsNotATokenThenRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamHeader(name, "v"))
                .withMessageContaining("not a valid HTTP header name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host", "content-length", "Connection", "Transfer-Encoding", "Upgrade", "TE",
        "Mcp-Session-Id", "MCP-Protocol-Version", "Last-Event-ID", "Content-Type", "Accept"})
    void buildWhenTheGatewaySetsTheHeaderItselfThenRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamHeader(name, "v"))
                .withMessageContaining("set by the gateway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Latchkey-User", "x-latchkey-org", "X-LATCHKEY-Anything"})
    void buildWhenNameIsInTheIdentityNamespaceThenRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamHeader(name, "v"))
                .withMessageContaining("X-Latchkey-*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.def-ghi_jkl", "a:b:c", " spaced ", "tab\there", "Gr\u00fc\u00dfe \u2713 \u65e5\u672c",
        "\\n is not a newline", "100%", "\ud83d\udd11"})
    void buildWhenValueHasNoControlCharacterThenKeptAsGiven(String value) {
        assertThat(new UpstreamHeader("X-Api-Key", value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "carriage\rreturn", "nul\u0000", "bell\u0007", "delete\u007f"})
    void buildWhenValueHasAControlCharacterThenRefusedSinceItCouldSplitTheRequest(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamHeader("X-Api-Key", value))
                .withMessageContaining("control character");
    }

    @Test
    void buildWhenValueIsEmptyThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamHeader("X-Api-Key", ""))
                .withMessageContaining("needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamHeader("X-Api-Key", null));
    }

    @Test
    void buildWhenNameIsBlankThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamHeader(" ", "v"));
    }

    @Test
    void parseWhenNameColonValueThenBothStripped() {
        assertThat(UpstreamHeader.parse("Authorization:  Bearer abc "))
                .isEqualTo(new UpstreamHeader("Authorization", "Bearer abc"));
    }

    @Test
    void parseWhenTheValueHasColonsThenSplitAtTheFirstOnly() {
        assertThat(UpstreamHeader.parse("X-Api-Key: a:b::c")).isEqualTo(new UpstreamHeader("X-Api-Key", "a:b::c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Api-Key", ": value", ":"})
    void parseWhenNoNameBeforeAColonThenRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> UpstreamHeader.parse(text))
                .withMessageContaining("'Name: value'");
    }

    @Test
    void parseWhenNoValueThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> UpstreamHeader.parse("X-Api-Key:   "))
                .withMessageContaining("needs a value");
    }

    @Test
    void toStringWhenPrintedThenTheValueIsRedacted() {
        UpstreamHeader header = new UpstreamHeader("X-Api-Key", "super-secret-value");

        assertThat(header).hasToString("X-Api-Key: [redacted]");
        assertThat(header.toString()).doesNotContain("super-secret-value");
    }
}
