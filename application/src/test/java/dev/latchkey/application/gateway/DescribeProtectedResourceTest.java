package dev.latchkey.application.gateway;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Protected Resource Metadata (RFC 9728 §2) of a gateway resource: its canonical URI as
 * {@code resource} (§3.3: it must equal the URL the client used), this issuer as its authorization server,
 * and its scopes; of external resources nothing, since they publish their own.
 */
final class DescribeProtectedResourceTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final DescribeProtectedResource describe = new DescribeProtectedResource(storage.protectedResources(),
            ServerSettings.defaults(ISSUER));

    private ProtectedResource notes;

    @BeforeEach
    void storeResources() {
        notes = aProtectedResource().named("notes").behindGateway().withScopes("mcp:use notes:read").build();
        storage.protectedResources().add(notes);
        storage.protectedResources().add(aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build());
    }

    private Optional<DescribeProtectedResource.Description> describe(String name) {
        return describe.describe(new DescribeProtectedResource.Command(Optional.of(new ResourceName(name))));
    }

    @Test
    void describeWhenAGatewayResourceThenItsUriThisIssuerAndItsScopes() {
        assertThat(describe("notes")).contains(new DescribeProtectedResource.Description(
                new ResourceUri("https://auth.example.com/mcp/notes"), ISSUER, ScopeSet.parse("mcp:use notes:read"),
                "notes"));
    }

    @Test
    void describeWhenAnExternalResourceThenEmptySinceItDescribesItself() {
        assertThat(describe("wiki")).isEmpty();
    }

    @Test
    void describeWhenUnknownThenEmpty() {
        assertThat(describe("nothing")).isEmpty();
    }

    @Test
    void describeWhenTheRootThenTheIssuerAsResourceAndMcpUse() {
        assertThat(describe.describe(new DescribeProtectedResource.Command(Optional.empty())))
                .contains(new DescribeProtectedResource.Description(new ResourceUri("https://auth.example.com"),
                        ISSUER, ScopeSet.parse("mcp:use"), "Latchkey"));
    }

    @Test
    void describeWhenTheIssuerHasAPathThenTheUrisAreUnderIt() {
        Issuer withPath = new Issuer("https://example.com/latchkey");
        DescribeProtectedResource underPath = new DescribeProtectedResource(storage.protectedResources(),
                ServerSettings.defaults(withPath));

        assertThat(underPath.describe(new DescribeProtectedResource.Command(Optional.of(notes.name())))
                .map(DescribeProtectedResource.Description::resource))
                .contains(new ResourceUri("https://example.com/latchkey/mcp/notes"));
        assertThat(underPath.describe(new DescribeProtectedResource.Command(Optional.empty()))
                .map(DescribeProtectedResource.Description::authorizationServer)).contains(withPath);
    }

    @Test
    void describeWhenTheScopesAreListedThenOfflineAccessIsNotAmongThem() {
        assertThat(describe("notes").orElseThrow().scopesSupported().asString()).doesNotContain("offline_access");
    }

    @Test
    void existsWhenAGatewayResourceThenTrueOtherwiseFalse() {
        assertThat(describe.exists(new ResourceName("notes"))).isTrue();
        assertThat(describe.exists(new ResourceName("wiki"))).isFalse();
        assertThat(describe.exists(new ResourceName("nothing"))).isFalse();
    }
}
