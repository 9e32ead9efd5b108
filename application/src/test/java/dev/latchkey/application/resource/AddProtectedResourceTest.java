package dev.latchkey.application.resource;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import org.junit.jupiter.api.Test;

/**
 * Adding a protected resource tokens may be issued for (RFC 8707; {@code resources add NAME --url URL
 * [--scopes ...]}): unique name and canonical URI, scopes defaulting to {@code mcp:use}.
 */
final class AddProtectedResourceTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final AddProtectedResource addResource = new AddProtectedResource(storage.protectedResources(),
            storage.transactions(), clock);

    private AddProtectedResource.Result add(String name, String uri, String scopes) {
        return addResource.add(new AddProtectedResource.Command(new ResourceName(name), ResourceUri.parse(uri),
                ScopeSet.parse(scopes)));
    }

    private static String rejection(AddProtectedResource.Result result) {
        assertThat(result).isInstanceOf(AddProtectedResource.Rejected.class);
        return ((AddProtectedResource.Rejected) result).reason();
    }

    @Test
    void addWhenNoScopesGivenThenTheResourceUnderstandsMcpUse() {
        AddProtectedResource.Result result = add("files", "https://files.example.com/mcp", "");

        ProtectedResource expected = new ProtectedResource(new ResourceName("files"),
                new ResourceUri("https://files.example.com/mcp"), ScopeSet.parse("mcp:use"), clock.instant());
        assertThat(result).isEqualTo(new AddProtectedResource.Added(expected));
        assertThat(storage.protectedResources().findByName(new ResourceName("files"))).contains(expected);
    }

    @Test
    void addWhenScopesGivenThenTheyAreKept() {
        AddProtectedResource.Result result = add("files", "https://files.example.com/mcp", "files:read files:write");

        assertThat(result).isInstanceOfSatisfying(AddProtectedResource.Added.class, added ->
                assertThat(added.resource().scopes()).isEqualTo(ScopeSet.parse("files:read files:write")));
    }

    @Test
    void addWhenScopesIncludeOfflineAccessThenRejected() {
        assertThat(rejection(add("files", "https://files.example.com/mcp", "mcp:use offline_access")))
                .contains("offline_access");
        assertThat(storage.protectedResources().all()).isEmpty();
    }

    @Test
    void addWhenNameIsTakenThenRejected() {
        ProtectedResource existing = aProtectedResource().named("files").build();
        storage.protectedResources().add(existing);

        assertThat(rejection(add("files", "https://other.example.com/mcp", ""))).contains("files");
        assertThat(storage.protectedResources().all()).containsExactly(existing);
    }

    @Test
    void addWhenUriIsTakenThenRejected() {
        ProtectedResource existing = aProtectedResource().at("https://files.example.com/mcp").build();
        storage.protectedResources().add(existing);

        assertThat(rejection(add("other", "https://files.example.com/mcp", ""))).contains("https://files.example.com/mcp");
        assertThat(storage.protectedResources().all()).containsExactly(existing);
    }

    @Test
    void addWhenUriIsTakenUnderAnotherSpellingThenRejected() {
        storage.protectedResources().add(aProtectedResource().at("https://files.example.com/mcp").build());

        assertThat(rejection(add("other", "HTTPS://Files.Example.com:443/mcp/", "")))
                .contains("https://files.example.com/mcp");
    }
}
