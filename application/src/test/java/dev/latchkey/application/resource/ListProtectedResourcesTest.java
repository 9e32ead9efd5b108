package dev.latchkey.application.resource;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.server.Issuer;
import org.junit.jupiter.api.Test;

/**
 * Listing the protected resources by name with the URL clients connect to ({@code resources list}): an
 * external resource's own URL, a gateway resource's {@code {issuer}/mcp/NAME}.
 */
final class ListProtectedResourcesTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListProtectedResources listResources = new ListProtectedResources(storage.protectedResources(),
            ServerSettings.defaults(new Issuer("https://auth.example.com")));

    @Test
    void listWhenNoResourcesThenEmpty() {
        assertThat(listResources.list()).isEmpty();
    }

    @Test
    void listWhenResourcesExistThenEachByNameWithTheUrlClientsUse() {
        ProtectedResource wiki = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        ProtectedResource files = aProtectedResource().named("files").behindGateway().build();
        storage.protectedResources().add(wiki);
        storage.protectedResources().add(files);

        assertThat(listResources.list()).containsExactly(
                new ListProtectedResources.Listed(files, new ResourceUri("https://auth.example.com/mcp/files")),
                new ListProtectedResources.Listed(wiki, new ResourceUri("https://wiki.example.com/mcp")));
    }

    @Test
    void listWhenTheIssuerChangesThenGatewayUrlsFollowIt() {
        storage.protectedResources().add(aProtectedResource().named("files").behindGateway().build());
        ListProtectedResources underAnotherIssuer = new ListProtectedResources(storage.protectedResources(),
                ServerSettings.defaults(new Issuer("http://localhost:8080/latchkey")));

        assertThat(underAnotherIssuer.list()).extracting(ListProtectedResources.Listed::uri)
                .containsExactly(new ResourceUri("http://localhost:8080/latchkey/mcp/files"));
    }
}
