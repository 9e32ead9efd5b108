package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.anUpstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.resource.UpstreamHeader;
import dev.latchkey.domain.scope.ScopeSet;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProtectedResources}: resources tokens may be issued for (RFC 8707), unique by
 * name, external ones also by canonical URI, listed by name. A gateway resource has no stored URI (it is
 * derived from the issuer), so {@code findByUri} finds external resources only; its upstream, headers
 * (secrets, kept byte for byte and in order) and identity flag come back as they were stored.
 */
public abstract class ProtectedResourcesContract extends StorageContract {

    private ProtectedResources resources() {
        return storage().protectedResources();
    }

    private ProtectedResource stored(ProtectedResource resource) {
        resources().add(resource);
        return resource;
    }

    @Test
    public void findByUriWhenAddedThenReturnsEveryField() {
        ProtectedResource resource = aProtectedResource().named("files").at("https://files.example.com:8443/mcp")
                .withScopes("mcp:use files:read files:write").createdAt(T0.plusMillis(11)).build();

        resources().add(resource);

        assertThat(resources().findByUri(new ResourceUri("https://files.example.com:8443/mcp"))).contains(resource);
        assertThat(resources().findByName(new ResourceName("files"))).contains(resource);
    }

    @Test
    public void findByNameWhenGatewayResourceThenReturnsUpstreamHeadersAndForwardIdentityUnchanged() {
        Upstream upstream = anUpstream().at("https://notes.internal:8443/mcp?tenant=a")
                .withHeader("Authorization", "Bearer abc.def:ghi==")
                .withHeader("X-Api-Key", "a:b::c")
                .withHeader("X-Unicode", "Gr\u00fc\u00dfe \u2713 \u65e5\u672c \ud83d\udd11")
                .withHeader("X-Spaces", "  padded\tand tabbed  ")
                .withHeader("X-Escapes", "back\\slash \\n not a newline %0A \"quoted\" 'single' ; semi -- dash")
                .withHeader("X-Api-Key", "repeated name, kept in order")
                .forwardingIdentity()
                .build();
        ProtectedResource resource = aProtectedResource().named("notes").behindGateway(upstream)
                .withScopes("mcp:use notes:read").createdAt(T0.plusMillis(5)).build();

        resources().add(resource);

        ProtectedResource found = resources().findByName(new ResourceName("notes")).orElseThrow();
        assertThat(found).isEqualTo(resource);
        assertThat(found.upstream().orElseThrow().headers()).extracting(UpstreamHeader::value).containsExactly(
                "Bearer abc.def:ghi==", "a:b::c", "Gr\u00fc\u00dfe \u2713 \u65e5\u672c \ud83d\udd11",
                "  padded\tand tabbed  ", "back\\slash \\n not a newline %0A \"quoted\" 'single' ; semi -- dash",
                "repeated name, kept in order");
        assertThat(found.upstream().orElseThrow().url()).isEqualTo(URI.create("https://notes.internal:8443/mcp?tenant=a"));
        assertThat(found.upstream().orElseThrow().forwardIdentity()).isTrue();
    }

    @Test
    public void findByNameWhenGatewayResourceHasNoHeadersAndDoesNotForwardIdentityThenSaysSo() {
        ProtectedResource resource = stored(aProtectedResource().behindGateway(anUpstream().build()).build());

        Upstream upstream = resources().findByName(resource.name()).orElseThrow().upstream().orElseThrow();
        assertThat(upstream.headers()).isEmpty();
        assertThat(upstream.forwardIdentity()).isFalse();
        assertThat(resources().findByName(resource.name())).contains(resource);
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
    public void findByUriWhenOnlyAGatewayResourceHasThatUpstreamOrNameThenEmpty() {
        // findByUri is for external resources: a gateway resource's URI is {issuer}/mcp/NAME, not stored.
        stored(aProtectedResource().named("notes").behindGateway(anUpstream().at("https://notes.internal/mcp")
                .build()).build());

        assertThat(resources().findByUri(new ResourceUri("https://notes.internal/mcp"))).isEmpty();
        assertThat(resources().findByUri(new ResourceUri("https://auth.example.com/mcp/notes"))).isEmpty();
    }

    @Test
    public void addWhenSeveralGatewayResourcesThenNoneClashesOnTheUri() {
        ProtectedResource first = stored(aProtectedResource().named("a").behindGateway().build());
        ProtectedResource second = stored(aProtectedResource().named("b").behindGateway().build());
        Upstream shared = anUpstream().at("http://127.0.0.1:9000/mcp").build();
        ProtectedResource third = stored(aProtectedResource().named("c").behindGateway(shared).build());
        ProtectedResource fourth = stored(aProtectedResource().named("d").behindGateway(shared).build());

        assertThat(resources().all()).containsExactly(first, second, third, fourth);
    }

    @Test
    public void addWhenAnExternalUrlEqualsAGatewayUpstreamThenBothAreKept() {
        ProtectedResource gateway = stored(aProtectedResource().named("behind")
                .behindGateway(anUpstream().at("https://shared.example.com/mcp").build()).build());
        ProtectedResource external = stored(aProtectedResource().named("direct").at("https://shared.example.com/mcp")
                .build());

        assertThat(resources().all()).containsExactly(gateway, external);
        assertThat(resources().findByUri(new ResourceUri("https://shared.example.com/mcp"))).contains(external);
    }

    @Test
    public void addWhenNameIsTakenThenFailsAndKeepsTheFirstResource() {
        ProtectedResource first = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        resources().add(first);

        assertThatThrownBy(() -> resources().add(aProtectedResource().named("wiki").behindGateway().build()))
                .isInstanceOf(RuntimeException.class);

        assertThat(resources().all()).containsExactly(first);
    }

    @Test
    public void addWhenUriIsTakenThenFailsAndKeepsTheFirstResource() {
        ProtectedResource first = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        resources().add(first);

        assertThatThrownBy(() -> resources().add(aProtectedResource().named("wiki2").at("https://wiki.example.com/mcp")
                .withScopes("wiki:read").build())).isInstanceOf(RuntimeException.class);

        assertThat(resources().all()).containsExactly(first);
        assertThat(resources().findByUri(new ResourceUri("https://wiki.example.com/mcp")).map(ProtectedResource::scopes))
                .contains(ScopeSet.parse("mcp:use"));
    }

    @Test
    public void allWhenSeveralResourcesThenByName() {
        ProtectedResource wiki = aProtectedResource().named("wiki").createdAt(T0).build();
        ProtectedResource calendar = aProtectedResource().named("calendar").createdAt(T0.plusSeconds(1))
                .behindGateway().build();
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

    @Test
    public void replaceWhenExternalBecomesGatewayThenTargetAndScopesChangeAndCreatedAtStays() {
        ProtectedResource before = stored(aProtectedResource().named("notes").at("https://notes.example.com/mcp")
                .createdAt(T0).build());
        Upstream upstream = anUpstream().withHeader("X-Api-Key", "k:1").forwardingIdentity().build();

        boolean replaced = resources().replace(aProtectedResource().named("notes").behindGateway(upstream)
                .withScopes("mcp:use notes:write").createdAt(T0.plusSeconds(60)).build());

        assertThat(replaced).isTrue();
        ProtectedResource expected = new ProtectedResource(before.name(), new ResourceTarget.Gateway(upstream),
                ScopeSet.parse("mcp:use notes:write"), T0);
        assertThat(resources().findByName(before.name())).contains(expected);
        assertThat(resources().findByUri(new ResourceUri("https://notes.example.com/mcp"))).isEmpty();
        assertThat(resources().all()).containsExactly(expected);
    }

    @Test
    public void replaceWhenGatewayBecomesExternalThenFoundByItsNewUri() {
        ProtectedResource before = stored(aProtectedResource().named("notes")
                .behindGateway(anUpstream().withHeader("Authorization", "Bearer x").build()).createdAt(T0).build());

        boolean replaced = resources().replace(aProtectedResource().named("notes").at("https://notes.example.com/mcp")
                .build());

        assertThat(replaced).isTrue();
        ProtectedResource expected = new ProtectedResource(before.name(),
                new ResourceTarget.External(new ResourceUri("https://notes.example.com/mcp")),
                ProtectedResource.DEFAULT_SCOPES, T0);
        assertThat(resources().findByUri(new ResourceUri("https://notes.example.com/mcp"))).contains(expected);
        assertThat(resources().findByName(before.name())).contains(expected);
    }

    @Test
    public void replaceWhenExternalKeepsItsUriThenOnlyTheScopesChange() {
        ProtectedResource before = stored(aProtectedResource().named("notes").at("https://notes.example.com/mcp")
                .build());

        assertThat(resources().replace(aProtectedResource().named("notes").at("https://notes.example.com/mcp")
                .withScopes("mcp:use notes:read").build())).isTrue();

        assertThat(resources().findByUri(new ResourceUri("https://notes.example.com/mcp"))).contains(
                new ProtectedResource(before.name(), before.target(), ScopeSet.parse("mcp:use notes:read"),
                        before.createdAt()));
    }

    @Test
    public void replaceWhenUnknownThenReturnsFalseAndAddsNothing() {
        ProtectedResource other = stored(aProtectedResource().build());

        boolean replaced = resources().replace(aProtectedResource().named("no-such-resource").behindGateway().build());

        assertThat(replaced).isFalse();
        assertThat(resources().all()).containsExactly(other);
    }

    @Test
    public void replaceWhenTheNewUriBelongsToAnotherResourceThenFailsAndKeepsBoth() {
        ProtectedResource wiki = stored(aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build());
        ProtectedResource notes = stored(aProtectedResource().named("notes").behindGateway().build());

        assertThatThrownBy(() -> resources().replace(aProtectedResource().named("notes")
                .at("https://wiki.example.com/mcp").build())).isInstanceOf(RuntimeException.class);

        assertThat(resources().all()).containsExactly(notes, wiki);
    }

    @Test
    public void removeWhenPresentThenReturnsTrueAndItIsGoneEverywhere() {
        ProtectedResource external = stored(aProtectedResource().named("wiki").at("https://wiki.example.com/mcp")
                .build());
        ProtectedResource gateway = stored(aProtectedResource().named("notes").behindGateway().build());
        ProtectedResource kept = stored(aProtectedResource().named("mail").build());

        assertThat(resources().remove(external.name())).isTrue();
        assertThat(resources().remove(gateway.name())).isTrue();

        assertThat(resources().findByName(external.name())).isEmpty();
        assertThat(resources().findByName(gateway.name())).isEmpty();
        assertThat(resources().findByUri(new ResourceUri("https://wiki.example.com/mcp"))).isEmpty();
        assertThat(resources().all()).containsExactly(kept);
    }

    @Test
    public void removeWhenRemovedThenTheNameAndUriCanBeUsedAgain() {
        ProtectedResource first = stored(aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build());
        resources().remove(first.name());

        ProtectedResource again = stored(aProtectedResource().named("wiki").at("https://wiki.example.com/mcp")
                .withScopes("wiki:read").build());

        assertThat(resources().findByUri(new ResourceUri("https://wiki.example.com/mcp"))).contains(again);
    }

    @Test
    public void removeWhenUnknownThenReturnsFalseAndChangesNothing() {
        ProtectedResource kept = stored(aProtectedResource().build());

        assertThat(resources().remove(new ResourceName("no-such-resource"))).isFalse();

        assertThat(resources().all()).isEqualTo(List.of(kept));
    }
}
