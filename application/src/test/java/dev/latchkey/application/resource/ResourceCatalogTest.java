package dev.latchkey.application.resource;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.anUpstream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.server.Issuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding a resource by the URI clients send as {@code resource} (RFC 8707 §2): a gateway resource at
 * {@code {issuer}/mcp/NAME}, derived from the current issuer; an external resource at its stored URL.
 */
final class ResourceCatalogTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ResourceCatalog catalog = catalogUnder(new Issuer("https://auth.example.com"));

    private ProtectedResource notes;
    private ProtectedResource wiki;

    private ResourceCatalog catalogUnder(Issuer issuer) {
        return new ResourceCatalog(storage.protectedResources(), ServerSettings.defaults(issuer));
    }

    @BeforeEach
    void storeOneOfEachKind() {
        notes = aProtectedResource().named("notes").behindGateway(anUpstream().at("https://notes.internal/mcp").build())
                .build();
        wiki = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        storage.protectedResources().add(notes);
        storage.protectedResources().add(wiki);
    }

    @Test
    void byUriWhenTheGatewayUriOfAGatewayResourceThenFound() {
        assertThat(catalog.byUri(new ResourceUri("https://auth.example.com/mcp/notes"))).contains(notes);
    }

    @Test
    void byUriWhenTheStoredUrlOfAnExternalResourceThenFound() {
        assertThat(catalog.byUri(new ResourceUri("https://wiki.example.com/mcp"))).contains(wiki);
    }

    @Test
    void byUriWhenTheGatewayPathNamesAnExternalResourceThenEmpty() {
        assertThat(catalog.byUri(new ResourceUri("https://auth.example.com/mcp/wiki"))).isEmpty();
    }

    @Test
    void byUriWhenTheUpstreamUrlOfAGatewayResourceThenEmpty() {
        assertThat(catalog.byUri(new ResourceUri("https://notes.internal/mcp"))).isEmpty();
    }

    @Test
    void byUriWhenUnderTheGatewayPathButNotAResourceNameThenEmpty() {
        assertThat(catalog.byUri(new ResourceUri("https://auth.example.com/mcp/notes/extra"))).isEmpty();
        assertThat(catalog.byUri(new ResourceUri("https://auth.example.com/mcp/Notes"))).isEmpty();
        assertThat(catalog.byUri(new ResourceUri("https://auth.example.com/mcp"))).isEmpty();
    }

    @Test
    void byUriWhenAnotherIssuersGatewayPathThenEmpty() {
        assertThat(catalog.byUri(new ResourceUri("https://other.example.com/mcp/notes"))).isEmpty();
    }

    @Test
    void byUriWhenTheIssuerChangedThenTheGatewayResourceIsFoundUnderTheNewOneOnly() {
        ResourceCatalog moved = catalogUnder(new Issuer("https://login.example.com/auth"));

        assertThat(moved.byUri(new ResourceUri("https://login.example.com/auth/mcp/notes"))).contains(notes);
        assertThat(moved.byUri(new ResourceUri("https://auth.example.com/mcp/notes"))).isEmpty();
    }

    @Test
    void byUriWhenTheIssuerSpellsItsDefaultPortThenTheCanonicalGatewayUriIsFound() {
        ResourceCatalog withPort = catalogUnder(new Issuer("https://auth.example.com:443"));

        assertThat(withPort.byUri(ResourceUri.parse("https://auth.example.com:443/mcp/notes"))).contains(notes);
        assertThat(withPort.uriOf(notes)).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
    }

    @Test
    void gatewayResourceWhenNamedThenOnlyGatewayResources() {
        assertThat(catalog.gatewayResource(new ResourceName("notes"))).contains(notes);
        assertThat(catalog.gatewayResource(new ResourceName("wiki"))).isEmpty();
        assertThat(catalog.gatewayResource(new ResourceName("nothing"))).isEmpty();
    }

    @Test
    void uriOfWhenEachKindThenTheUriClientsUse() {
        assertThat(catalog.uriOf(notes)).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
        assertThat(catalog.uriOf(wiki)).isEqualTo(new ResourceUri("https://wiki.example.com/mcp"));
    }

    @Test
    void isUnderGatewayPathWhenBelowIssuerMcpThenTrueOtherwiseFalse() {
        assertThat(catalog.isUnderGatewayPath(new ResourceUri("https://auth.example.com/mcp/anything"))).isTrue();
        assertThat(catalog.isUnderGatewayPath(new ResourceUri("https://auth.example.com/mcp"))).isFalse();
        assertThat(catalog.isUnderGatewayPath(new ResourceUri("https://auth.example.com/mcp-x/a"))).isFalse();
        assertThat(catalog.isUnderGatewayPath(new ResourceUri("https://wiki.example.com/mcp/a"))).isFalse();
    }

    @Test
    void allWhenBothKindsThenByName() {
        assertThat(catalog.all()).containsExactly(notes, wiki);
    }
}
