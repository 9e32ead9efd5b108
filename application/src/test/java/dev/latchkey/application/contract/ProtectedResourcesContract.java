package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProtectedResources}: resources tokens may be issued for (RFC 8707), unique by
 * name and by canonical URI, listed by name.
 */
public abstract class ProtectedResourcesContract extends StorageContract {

    private ProtectedResources resources() {
        return storage().protectedResources();
    }

    @Test
    public void findByUriWhenAddedThenReturnsEveryField() {
        ProtectedResource resource = aProtectedResource().named("files").at("https://files.example.com:8443/mcp")
                .withScopes("mcp:use files:read files:write").createdAt(T0.plusMillis(11)).build();

        resources().add(resource);

        assertThat(resources().findByUri(new ResourceUri("https://files.example.com:8443/mcp"))).contains(resource);
    }

    @Test
    public void findByNameWhenAddedThenReturnsTheResource() {
        ProtectedResource resource = aProtectedResource().named("calendar").build();
        resources().add(aProtectedResource().named("mail").build());
        resources().add(resource);

        assertThat(resources().findByName(new ResourceName("calendar"))).contains(resource);
    }

    @Test
    public void findWhenScopesHaveSeveralTokensThenKeepsTheirOrder() {
        ProtectedResource resource = aProtectedResource().withScopes("files:write mcp:use files:read").build();

        resources().add(resource);

        assertThat(resources().findByName(resource.name()).orElseThrow().scopes().asString())
                .isEqualTo("files:write mcp:use files:read");
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        resources().add(aProtectedResource().build());

        assertThat(resources().findByName(new ResourceName("no-such-resource"))).isEmpty();
        assertThat(resources().findByUri(new ResourceUri("https://nowhere.example.com/mcp"))).isEmpty();
    }

    @Test
    public void addWhenNameIsTakenThenFailsAndKeepsTheFirstResource() {
        ProtectedResource first = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        resources().add(first);

        assertThatThrownBy(() -> resources().add(aProtectedResource().named("wiki").at("https://other.example.com/mcp")
                .build())).isInstanceOf(RuntimeException.class);

        assertThat(resources().all()).containsExactly(first);
    }

    @Test
    public void addWhenUriIsTakenThenFailsAndKeepsTheFirstResource() {
        ProtectedResource first = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        resources().add(first);

        assertThatThrownBy(() -> resources().add(aProtectedResource().named("wiki2").at("https://wiki.example.com/mcp")
                .withScopes("wiki:read").build())).isInstanceOf(RuntimeException.class);

        assertThat(resources().all()).containsExactly(first);
        assertThat(resources().findByUri(first.uri()).map(ProtectedResource::scopes))
                .contains(ScopeSet.parse("mcp:use"));
    }

    @Test
    public void allWhenSeveralResourcesThenByName() {
        ProtectedResource wiki = aProtectedResource().named("wiki").createdAt(T0).build();
        ProtectedResource calendar = aProtectedResource().named("calendar").createdAt(T0.plusSeconds(1)).build();
        ProtectedResource mail = aProtectedResource().named("mail").createdAt(T0.minusSeconds(1)).build();
        resources().add(wiki);
        resources().add(calendar);
        resources().add(mail);

        assertThat(resources().all()).containsExactly(calendar, mail, wiki);
    }

    @Test
    public void allWhenNoResourceThenEmpty() {
        assertThat(resources().all()).isEmpty();
    }
}
