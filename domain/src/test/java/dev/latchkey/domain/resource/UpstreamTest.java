package dev.latchkey.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The upstream MCP server of a gateway resource: an absolute http(s) URL of its Streamable HTTP endpoint,
 * static headers that are secrets, and whether the caller's identity is forwarded.
 */
final class UpstreamTest {

    private static final UpstreamHeader KEY = new UpstreamHeader("Authorization", "Bearer upstream-secret-42");

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9000/mcp", "https://notes.internal/mcp", "HTTPS://Notes.Internal",
        "http://[::1]:8080/mcp", "https://notes.internal/mcp?tenant=a"})
    void buildWhenAbsoluteHttpUrlThenAccepted(String url) {
        assertThat(new Upstream(URI.create(url), List.of(), false).url()).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://notes.internal/mcp", "ws://notes.internal/mcp", "/mcp", "notes.internal/mcp",
        "mailto:ops@example.com"})
    void buildWhenNotAnHttpUrlThenRefused(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Upstream(URI.create(url), List.of(), false))
                .withMessageContaining("http or https");
    }

    @Test
    void buildWhenTheHostHasAnUnderscoreThenRefusedWithAHint() {
        // java.net.URI finds no host in "my_host": it is not a valid host name (RFC 3986 §3.2.2 reg-name
        // allows it, but RFC 1123 host names do not, and the JDK's HTTP client cannot reach it).
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Upstream(URI.create("http://my_host:8080/mcp"), List.of(), false))
                .withMessageContaining("'_'");
    }

    @Test
    void buildWhenFragmentThenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Upstream(URI.create("https://notes.internal/mcp#x"), List.of(), false))
                .withMessageContaining("fragment");
    }

    @Test
    void buildWhenUserInformationThenRefusedPointingToHeaders() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Upstream(URI.create("https://bob:pw@notes.internal/mcp"), List.of(), false))
                .withMessageContaining("--header");
    }

    @Test
    void buildWhenHeadersListChangesLaterThenTheUpstreamKeepsItsOwnCopy() {
        List<UpstreamHeader> headers = new ArrayList<>(List.of(KEY));
        Upstream upstream = new Upstream(URI.create("https://notes.internal/mcp"), headers, true);

        headers.add(new UpstreamHeader("X-Other", "value"));

        assertThat(upstream.headers()).containsExactly(KEY);
        assertThatThrownBy(() -> upstream.headers().add(KEY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void buildWhenHeadersMissingThenRefused() {
        assertThatThrownBy(() -> new Upstream(URI.create("https://notes.internal/mcp"), null, false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void parseUrlWhenTypedWithSpacesAroundThenStripped() {
        assertThat(Upstream.parseUrl("  http://127.0.0.1:9000/mcp ")).isEqualTo(URI.create("http://127.0.0.1:9000/mcp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://notes internal/mcp", "http://notes.internal/m cp", "http://[::1/mcp"})
    void parseUrlWhenNotAUrlThenRefusedSayingSo(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Upstream.parseUrl(text))
                .withMessageContaining("not a valid URL");
    }

    @Test
    void parseUrlWhenBlankThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Upstream.parseUrl("  "))
                .withMessageContaining("missing");
    }

    @Test
    void toStringWhenHeadersHoldSecretsThenShowsTheirNamesOnly() {
        Upstream upstream = new Upstream(URI.create("https://notes.internal/mcp"), List.of(KEY), true);

        assertThat(upstream.toString()).contains("https://notes.internal/mcp").contains("Authorization")
                .contains("forwardIdentity=true").doesNotContain("upstream-secret-42");
    }
}
