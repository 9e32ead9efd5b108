package dev.latchkey.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a protected resource is: at its own URL, or behind the gateway. */
final class ResourceTargetTest {

    private static final Upstream UPSTREAM = new Upstream(URI.create("https://upstream.internal/mcp"), List.of(),
            false);

    @Test
    void externalWhenUriMissingThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new ResourceTarget.External(null));
    }

    @Test
    void gatewayWhenUpstreamMissingThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new ResourceTarget.Gateway(null));
    }

    @Test
    void equalsWhenSameKindAndValueThenEqual() {
        assertThat(new ResourceTarget.External(ResourceUri.parse("https://mcp.example.com/mcp")))
                .isEqualTo(new ResourceTarget.External(new ResourceUri("https://mcp.example.com/mcp")));
        assertThat(new ResourceTarget.Gateway(UPSTREAM)).isEqualTo(new ResourceTarget.Gateway(
                new Upstream(URI.create("https://upstream.internal/mcp"), List.of(), false)));
    }

    @Test
    void equalsWhenUpstreamUrlEqualsTheExternalUrlThenStillDifferentTargets() {
        ResourceTarget external = new ResourceTarget.External(new ResourceUri("https://upstream.internal/mcp"));

        assertThat(external).isNotEqualTo(new ResourceTarget.Gateway(UPSTREAM));
    }

    @Test
    void switchWhenEveryKindIsHandledThenNoDefaultIsNeeded() {
        assertThat(kindOf(new ResourceTarget.External(new ResourceUri("https://mcp.example.com")))).isEqualTo("external");
        assertThat(kindOf(new ResourceTarget.Gateway(UPSTREAM))).isEqualTo("gateway");
    }

    private static String kindOf(ResourceTarget target) {
        return switch (target) {
            case ResourceTarget.External external -> "external";
            case ResourceTarget.Gateway gateway -> "gateway";
        };
    }
}
