package dev.latchkey.application.resource;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.anUpstream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Adding a protected resource tokens may be issued for (RFC 8707): an MCP server at its own URL
 * ({@code resources add NAME --url URL}) or an upstream behind the gateway ({@code --upstream URL}), with a
 * unique name, a unique canonical URL for external ones, scopes defaulting to {@code mcp:use}, and
 * {@code --replace} to change an existing one.
 */
final class AddProtectedResourceTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock(T0);
    private ServerSettings settings = ServerSettings.defaults(ISSUER);

    private AddProtectedResource addResource() {
        return new AddProtectedResource(storage.protectedResources(), storage.transactions(), settings, clock);
    }

    private AddProtectedResource.Result add(String name, ResourceTarget target, String scopes, boolean replace) {
        return addResource().add(new AddProtectedResource.Command(new ResourceName(name), target,
                ScopeSet.parse(scopes), replace));
    }

    private AddProtectedResource.Result addExternal(String name, String uri, String scopes) {
        return add(name, external(uri), scopes, false);
    }

    private static ResourceTarget external(String uri) {
        return new ResourceTarget.External(ResourceUri.parse(uri));
    }

    private static ResourceTarget gateway(Upstream upstream) {
        return new ResourceTarget.Gateway(upstream);
    }

    private static String rejection(AddProtectedResource.Result result) {
        assertThat(result).isInstanceOf(AddProtectedResource.Rejected.class);
        return ((AddProtectedResource.Rejected) result).reason();
    }

    private static AddProtectedResource.Added added(AddProtectedResource.Result result) {
        assertThat(result).isInstanceOf(AddProtectedResource.Added.class);
        return (AddProtectedResource.Added) result;
    }

    @Test
    void addWhenExternalWithNoScopesThenItUnderstandsMcpUseAndIsReachedAtItsUrl() {
        AddProtectedResource.Result result = addExternal("files", "https://files.example.com/mcp", "");

        ProtectedResource expected = new ProtectedResource(new ResourceName("files"),
                external("https://files.example.com/mcp"), ScopeSet.parse("mcp:use"), T0);
        assertThat(result).isEqualTo(new AddProtectedResource.Added(expected,
                new ResourceUri("https://files.example.com/mcp"), false));
        assertThat(storage.protectedResources().findByName(new ResourceName("files"))).contains(expected);
    }

    @Test
    void addWhenGatewayThenStoredWithItsUpstreamAndReachedAtTheIssuersMcpPath() {
        Upstream upstream = anUpstream().at("http://127.0.0.1:9000/mcp").withHeader("X-Api-Key", "k-1")
                .forwardingIdentity().build();

        AddProtectedResource.Added added = added(add("notes", gateway(upstream), "", false));

        ProtectedResource expected = new ProtectedResource(new ResourceName("notes"), gateway(upstream),
                ScopeSet.parse("mcp:use"), T0);
        assertThat(added).isEqualTo(new AddProtectedResource.Added(expected,
                new ResourceUri("https://auth.example.com/mcp/notes"), false));
        assertThat(storage.protectedResources().findByName(new ResourceName("notes"))).contains(expected);
    }

    @Test
    void addWhenScopesGivenThenTheyAreKept() {
        AddProtectedResource.Added added = added(addExternal("files", "https://files.example.com/mcp",
                "files:read files:write"));

        assertThat(added.resource().scopes()).isEqualTo(ScopeSet.parse("files:read files:write"));
    }

    @Test
    void addWhenScopesIncludeOfflineAccessThenRejected() {
        assertThat(rejection(addExternal("files", "https://files.example.com/mcp", "mcp:use offline_access")))
                .contains("offline_access");
        assertThat(storage.protectedResources().all()).isEmpty();
    }

    // Every call through the gateway needs mcp:use, so a gateway resource without it could never be used.

    @Test
    void addWhenGatewayScopesLackMcpUseThenRejectedAndNothingStored() {
        assertThat(rejection(add("notes", gateway(anUpstream().build()), "notes:read", false))).contains("mcp:use");
        assertThat(storage.protectedResources().all()).isEmpty();
    }

    @Test
    void addWhenGatewayScopesIncludeMcpUseAndMoreThenAdded() {
        AddProtectedResource.Added added = added(add("notes", gateway(anUpstream().build()), "notes:read mcp:use",
                false));

        assertThat(added.resource().scopes()).isEqualTo(ScopeSet.parse("notes:read mcp:use"));
    }

    @Test
    void addWhenExternalScopesLackMcpUseThenAddedSinceThatServerChecksItsOwnScopes() {
        AddProtectedResource.Added added = added(addExternal("files", "https://files.example.com/mcp", "files:read"));

        assertThat(added.resource().scopes()).isEqualTo(ScopeSet.parse("files:read"));
    }

    @Test
    void addWhenExternalUrlIsUnderTheGatewayPathThenRejectedPointingToUpstream() {
        assertThat(rejection(addExternal("notes", "https://auth.example.com/mcp/notes", "")))
                .contains("--upstream");
        assertThat(rejection(addExternal("other", "HTTPS://Auth.Example.com:443/mcp/other/", ""))).contains("gateway");
        assertThat(storage.protectedResources().all()).isEmpty();
    }

    @Test
    void addWhenTheIssuerSpellsItsDefaultPortThenAnExternalUrlUnderTheGatewayPathIsStillRejected() {
        settings = ServerSettings.defaults(new Issuer("https://auth.example.com:443"));

        assertThat(rejection(addExternal("notes", "https://auth.example.com/mcp/notes", ""))).contains("--upstream");
    }

    @Test
    void addWhenExternalUrlIsTheIssuerOrBesideTheGatewayPathThenAdded() {
        added(addExternal("root", "https://auth.example.com/mcp-tools", ""));
        added(addExternal("elsewhere", "https://auth.example.com/other/mcp", ""));
    }

    @Test
    void addWhenNameIsTakenThenRejectedMentioningReplace() {
        ProtectedResource existing = aProtectedResource().named("files").build();
        storage.protectedResources().add(existing);

        assertThat(rejection(addExternal("files", "https://other.example.com/mcp", ""))).contains("files")
                .contains("--replace");
        assertThat(rejection(add("files", gateway(anUpstream().build()), "", false))).contains("files");
        assertThat(storage.protectedResources().all()).containsExactly(existing);
    }

    @Test
    void addWhenUriIsTakenThenRejectedNamingTheResourceThatHasIt() {
        ProtectedResource existing = aProtectedResource().named("files").at("https://files.example.com/mcp").build();
        storage.protectedResources().add(existing);

        assertThat(rejection(addExternal("other", "https://files.example.com/mcp", "")))
                .contains("https://files.example.com/mcp").contains("files");
        assertThat(storage.protectedResources().all()).containsExactly(existing);
    }

    @Test
    void addWhenUriIsTakenUnderAnotherSpellingThenRejected() {
        storage.protectedResources().add(aProtectedResource().at("https://files.example.com/mcp").build());

        assertThat(rejection(addExternal("other", "HTTPS://Files.Example.com:443/mcp/", "")))
                .contains("https://files.example.com/mcp");
    }

    @Test
    void addWhenSeveralGatewayResourcesShareAnUpstreamThenEachIsAdded() {
        Upstream shared = anUpstream().build();

        added(add("a", gateway(shared), "", false));
        added(add("b", gateway(shared), "", false));

        assertThat(storage.protectedResources().all()).hasSize(2);
    }

    // --replace: the same name gets the new target and scopes; it keeps the date it was first added.

    @Test
    void addWhenReplacingAnExternalResourceWithAGatewayThenReplacedKeepingCreatedAt() {
        storage.protectedResources().add(aProtectedResource().named("notes").at("https://notes.example.com/mcp")
                .createdAt(T0.minus(Duration.ofDays(3))).build());
        clock.advance(Duration.ofHours(1));
        Upstream upstream = anUpstream().build();

        AddProtectedResource.Added added = added(add("notes", gateway(upstream), "mcp:use notes:read", true));

        ProtectedResource expected = new ProtectedResource(new ResourceName("notes"), gateway(upstream),
                ScopeSet.parse("mcp:use notes:read"), T0.minus(Duration.ofDays(3)));
        assertThat(added).isEqualTo(new AddProtectedResource.Added(expected,
                new ResourceUri("https://auth.example.com/mcp/notes"), true));
        assertThat(storage.protectedResources().all()).containsExactly(expected);
        assertThat(storage.protectedResources().findByUri(new ResourceUri("https://notes.example.com/mcp"))).isEmpty();
    }

    @Test
    void addWhenReplacingAnExternalResourceKeepingItsUrlThenOnlyTheScopesChange() {
        ProtectedResource before = aProtectedResource().named("files").at("https://files.example.com/mcp").build();
        storage.protectedResources().add(before);

        AddProtectedResource.Added added = added(add("files", external("https://files.example.com/mcp"),
                "mcp:use files:read", true));

        assertThat(added.replaced()).isTrue();
        assertThat(storage.protectedResources().findByUri(new ResourceUri("https://files.example.com/mcp")))
                .contains(new ProtectedResource(before.name(), before.target(), ScopeSet.parse("mcp:use files:read"),
                        before.createdAt()));
    }

    @Test
    void addWhenReplacingANameThatDoesNotExistThenSimplyAdded() {
        AddProtectedResource.Added added = added(add("notes", gateway(anUpstream().build()), "", true));

        assertThat(added.replaced()).isFalse();
        assertThat(added.resource().createdAt()).isEqualTo(T0);
        assertThat(storage.protectedResources().all()).containsExactly(added.resource());
    }

    @Test
    void addWhenReplacingWithAUrlAnotherResourceHasThenRejectedAndNothingChanges() {
        ProtectedResource wiki = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        ProtectedResource notes = aProtectedResource().named("notes").behindGateway().build();
        storage.protectedResources().add(wiki);
        storage.protectedResources().add(notes);

        assertThat(rejection(add("notes", external("https://wiki.example.com/mcp"), "", true))).contains("wiki");
        assertThat(storage.protectedResources().all()).containsExactly(notes, wiki);
    }

    @Test
    void addWhenReplacingAGatewayWithoutMcpUseThenRejectedAndTheOldOneStays() {
        ProtectedResource notes = aProtectedResource().named("notes").behindGateway().build();
        storage.protectedResources().add(notes);

        assertThat(rejection(add("notes", gateway(anUpstream().build()), "notes:read", true))).contains("mcp:use");
        assertThat(storage.protectedResources().all()).containsExactly(notes);
    }
}
