package dev.latchkey.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A protected resource (RFC 8707) with the scopes it understands, and the canonical URI clients use for
 * it: its own URL, or {@code {issuer}/mcp/NAME} when the gateway fronts it.
 */
final class ProtectedResourceTest {

    private static final ResourceName NAME = new ResourceName("notes");
    private static final ResourceUri URI_OF_NOTES = ResourceUri.parse("https://mcp.example.com/notes");
    private static final ResourceTarget EXTERNAL = new ResourceTarget.External(URI_OF_NOTES);
    private static final Upstream UPSTREAM = new Upstream(URI.create("http://127.0.0.1:9000/mcp"),
            List.of(new UpstreamHeader("X-Api-Key", "k-123")), true);
    private static final ResourceTarget GATEWAY = new ResourceTarget.Gateway(UPSTREAM);
    private static final Issuer ISSUER = new Issuer("https://auth.example.com");

    @Test
    void defaultScopesWhenReadThenOnlyMcpUse() {
        assertThat(ProtectedResource.DEFAULT_SCOPES.asString()).isEqualTo("mcp:use");
    }

    @Test
    void buildWhenScopesGivenThenKeepsThem() {
        ProtectedResource resource = new ProtectedResource(NAME, EXTERNAL, ScopeSet.parse("mcp:use notes:read"),
                Instant.EPOCH);

        assertThat(resource.scopes().asString()).isEqualTo("mcp:use notes:read");
    }

    @Test
    void buildWhenNoScopesThenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProtectedResource(NAME, EXTERNAL, ScopeSet.empty(), Instant.EPOCH));
    }

    @Test
    void buildWhenScopesIncludeOfflineAccessThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProtectedResource(NAME, GATEWAY,
                ScopeSet.of(Scope.MCP_USE, Scope.OFFLINE_ACCESS), Instant.EPOCH))
                .withMessageContaining("offline_access");
    }

    @Test
    void buildWhenTargetMissingThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new ProtectedResource(NAME, null,
                ProtectedResource.DEFAULT_SCOPES, Instant.EPOCH));
    }

    // RFC 8707 §2: the resource's canonical URI is the token's audience.

    @Test
    void uriWhenExternalThenItsOwnUrlWhateverTheIssuer() {
        ProtectedResource resource = new ProtectedResource(NAME, EXTERNAL, ProtectedResource.DEFAULT_SCOPES,
                Instant.EPOCH);

        assertThat(resource.uri(ISSUER)).isEqualTo(URI_OF_NOTES);
        assertThat(resource.uri(new Issuer("https://other.example.com/auth"))).isEqualTo(URI_OF_NOTES);
    }

    @Test
    void uriWhenGatewayThenTheIssuerFollowedByMcpAndTheName() {
        ProtectedResource resource = new ProtectedResource(NAME, GATEWAY, ProtectedResource.DEFAULT_SCOPES,
                Instant.EPOCH);

        assertThat(resource.uri(ISSUER)).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
    }

    @Test
    void uriWhenGatewayAndTheIssuerHasAPathThenUnderThatPath() {
        ProtectedResource resource = new ProtectedResource(NAME, GATEWAY, ProtectedResource.DEFAULT_SCOPES,
                Instant.EPOCH);

        assertThat(resource.uri(new Issuer("https://example.com/latchkey")))
                .isEqualTo(new ResourceUri("https://example.com/latchkey/mcp/notes"));
    }

    @Test
    void uriWhenGatewayAndTheIssuerChangesThenTheUriFollows() {
        ProtectedResource resource = new ProtectedResource(NAME, GATEWAY, ProtectedResource.DEFAULT_SCOPES,
                Instant.EPOCH);

        assertThat(resource.uri(new Issuer("http://localhost:8080")))
                .isEqualTo(new ResourceUri("http://localhost:8080/mcp/notes"));
    }

    @Test
    void gatewayUriWhenTheIssuerSpellsADefaultPortThenCanonicalForm() {
        assertThat(ProtectedResource.gatewayUri(new Issuer("https://auth.example.com:443"), NAME))
                .isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
    }

    @Test
    void upstreamWhenGatewayThenPresentAndWhenExternalThenEmpty() {
        assertThat(new ProtectedResource(NAME, GATEWAY, ProtectedResource.DEFAULT_SCOPES, Instant.EPOCH).upstream())
                .contains(UPSTREAM);
        assertThat(new ProtectedResource(NAME, EXTERNAL, ProtectedResource.DEFAULT_SCOPES, Instant.EPOCH).upstream())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes", "a", "n0tes.v2_beta-1"})
    void resourceNameWhenLowercaseSlugThenAccepted(String name) {
        assertThat(new ResourceName(name)).hasToString(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Notes", "-notes", "_notes", "notes/v2", "no tes", ""})
    void resourceNameWhenNotLowercaseSlugThenRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResourceName(name));
    }

    @Test
    void resourceNameWhen65CharactersThenRefused() {
        assertThat(new ResourceName("a".repeat(64)).value()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> new ResourceName("a".repeat(65)));
    }
}
