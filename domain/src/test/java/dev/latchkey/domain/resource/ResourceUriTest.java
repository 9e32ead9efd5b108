package dev.latchkey.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 8707 §2: the {@code resource} value "MUST be an absolute URI ... MUST NOT include a fragment
 * component" and "SHOULD NOT include a query component"; MCP authorization's canonical server URI
 * (lowercase scheme and host, no default port, no trailing slash).
 */
final class ResourceUriTest {

    @ParameterizedTest
    @CsvSource({
        "HTTPS://Example.COM:443/mcp/,         https://example.com/mcp",
        "https://example.com/mcp,              https://example.com/mcp",
        "http://example.com:80/mcp,            http://example.com/mcp",
        "https://example.com:8443/mcp,         https://example.com:8443/mcp",
        "http://example.com:443/mcp,           http://example.com:443/mcp",
        "https://example.com:80/mcp,           https://example.com:80/mcp",
        "http://localhost:3000/mcp,            http://localhost:3000/mcp",
        "https://example.com/mcp///,           https://example.com/mcp",
        "https://example.com/a/b/,             https://example.com/a/b",
        "https://example.com/,                 https://example.com",
        "https://example.com,                  https://example.com",
        "https://EXAMPLE.com:443,              https://example.com",
        "https://example.com/MCP,              https://example.com/MCP",
        "https://example.com/a%2Fb,            https://example.com/a%2Fb",
        "http://[::1]:8080/mcp,                http://[::1]:8080/mcp",
    })
    void parseWhenAnyAcceptableSpellingThenCanonicalForm(String text, String canonical) {
        assertThat(ResourceUri.parse(text).value()).isEqualTo(canonical);
    }

    @Test
    void parseWhenTwoSpellingsOfTheSameResourceThenEqual() {
        assertThat(ResourceUri.parse("HTTPS://Example.COM:443/mcp/"))
                .isEqualTo(ResourceUri.parse("https://example.com/mcp"))
                .isEqualTo(new ResourceUri("https://example.com/mcp"));
    }

    @Test
    void parseWhenCanonicalThenParsingAgainChangesNothing() {
        ResourceUri once = ResourceUri.parse("HTTPS://Example.COM:443/mcp/");

        assertThat(ResourceUri.parse(once.value())).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/mcp#section", "https://example.com/mcp#"})
    void parseWhenFragmentThenRefused(String text) {
        // RFC 8707 §2: "MUST NOT include a fragment component".
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse(text))
                .withMessageContaining("fragment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/mcp?tenant=a", "https://example.com/mcp?"})
    void parseWhenQueryThenRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse(text))
                .withMessageContaining("query");
    }

    @Test
    void parseWhenUserinfoThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse("https://user:pw@example.com/mcp"))
                .withMessageContaining("user information");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/mcp", "ws://example.com/mcp", "urn:example:mcp",
        "file:///srv/mcp", "mailto:a@example.com"})
    void parseWhenNotHttpOrHttpsThenRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse(text))
                .withMessageContaining("http or https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mcp", "example.com/mcp", "//example.com/mcp"})
    void parseWhenRelativeThenRefused(String text) {
        // RFC 8707 §2: "MUST be an absolute URI".
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse(text))
                .withMessageContaining("absolute");
    }

    @Test
    void parseWhenNoHostThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse("https:///mcp"))
                .withMessageContaining("host");
    }

    @Test
    void parseWhenNotAUriThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse("https://example.com/m cp"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void parseWhenMissingThenRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceUri.parse(text))
                .withMessageContaining("missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/mcp/",
        "HTTPS://example.com/mcp",
        "https://Example.com/mcp",
        "https://example.com:443/mcp",
        "http://example.com:80/mcp",
        "https://example.com/",
    })
    void buildWhenTextIsNotCanonicalThenRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResourceUri(text))
                .withMessageContaining("canonical");
    }

    @Test
    void buildWhenTextIsCanonicalThenAccepted() {
        assertThat(new ResourceUri("https://example.com:8443/mcp")).hasToString("https://example.com:8443/mcp");
    }

    @Test
    void pathWhenResourceHasPathThenRawPath() {
        assertThat(ResourceUri.parse("https://example.com/mcp/tools/").path()).isEqualTo("/mcp/tools");
    }

    @Test
    void pathWhenResourceAtRootThenEmpty() {
        assertThat(ResourceUri.parse("https://example.com/").path()).isEmpty();
    }
}
