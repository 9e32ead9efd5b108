package dev.latchkey.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A protected resource (RFC 8707) with the scopes it understands. */
final class ProtectedResourceTest {

    private static final ResourceName NAME = new ResourceName("notes");
    private static final ResourceUri URI = ResourceUri.parse("https://mcp.example.com/notes");

    @Test
    void defaultScopesWhenReadThenOnlyMcpUse() {
        assertThat(ProtectedResource.DEFAULT_SCOPES.asString()).isEqualTo("mcp:use");
    }

    @Test
    void buildWhenScopesGivenThenKeepsThem() {
        ProtectedResource resource = new ProtectedResource(NAME, URI, ScopeSet.parse("mcp:use notes:read"),
                Instant.EPOCH);

        assertThat(resource.scopes().asString()).isEqualTo("mcp:use notes:read");
    }

    @Test
    void buildWhenNoScopesThenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProtectedResource(NAME, URI, ScopeSet.empty(), Instant.EPOCH));
    }

    @Test
    void buildWhenScopesIncludeOfflineAccessThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProtectedResource(NAME, URI,
                ScopeSet.of(Scope.MCP_USE, Scope.OFFLINE_ACCESS), Instant.EPOCH))
                .withMessageContaining("offline_access");
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
