package dev.latchkey.application.account;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The applications a user connected (their grants), with the names a person reads: active ones first,
 * each group newest first, and never another user's.
 */
final class ListConnectedAppsTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListConnectedApps listConnectedApps = new ListConnectedApps(storage.grants(), storage.clients(),
            storage.organizations(), storage.protectedResources(), ServerSettings.defaults(ISSUER));

    private final User alice = aUser().named("alice").build();
    private final User bob = aUser().named("bob").build();
    private final Organization acme = anOrganization().named("acme").build();
    private final Client cursor = aPublicClient().withProfile(ClientProfile.named("Cursor")).build();
    private final ProtectedResource notes = aProtectedResource().named("notes").at("https://notes.example.com/mcp")
            .build();

    @BeforeEach
    void storeParties() {
        storage.users().add(alice);
        storage.users().add(bob);
        storage.organizations().add(acme);
        storage.clients().add(cursor);
        storage.protectedResources().add(notes);
    }

    private Grant stored(Grant grant) {
        storage.grants().add(grant);
        return grant;
    }

    private List<ListConnectedApps.ConnectedApp> listOf(User user) {
        return listConnectedApps.list(new ListConnectedApps.Command(user.id()));
    }

    @Test
    void listWhenUserGaveAGrantThenItIsListedWithClientOrganizationAndResourceNames() {
        Grant grant = stored(aGrant().of(alice).in(acme).to(cursor).forResource("https://notes.example.com/mcp")
                .withScope("mcp:use offline_access").createdAt(T0).lastUsedAt(T0.plusSeconds(90)).build());

        assertThat(listOf(alice)).containsExactly(new ListConnectedApps.ConnectedApp(grant.id(), cursor.id(), "Cursor",
                acme.id(), "acme", new ResourceUri("https://notes.example.com/mcp"), "notes",
                ScopeSet.parse("mcp:use offline_access"), T0, Optional.of(T0.plusSeconds(90)), Optional.empty()));
        assertThat(listOf(alice).getFirst().isActive()).isTrue();
    }

    @Test
    void listWhenTheResourceIsBehindTheGatewayThenItsNameIsFoundFromTheGatewayUri() {
        ProtectedResource demo = aProtectedResource().named("demo").behindGateway().build();
        storage.protectedResources().add(demo);
        stored(aGrant().of(alice).in(acme).to(cursor).forResource("https://auth.example.com/mcp/demo").build());

        assertThat(listOf(alice)).singleElement()
                .satisfies(app -> assertThat(app.resourceName()).isEqualTo("demo"));
    }

    @Test
    void listWhenClientOrganizationOrResourceIsGoneThenTheirIdsOrUriAreShown() {
        Grant grant = stored(aGrant().of(alice).in(anOrganization().withId("org-gone").build())
                .to(aPublicClient().withId("client-gone").build()).forResource("https://gone.example.com/mcp")
                .build());

        assertThat(listOf(alice)).singleElement().satisfies(app -> {
            assertThat(app.grantId()).isEqualTo(grant.id());
            assertThat(app.clientName()).isEqualTo("client-gone");
            assertThat(app.organizationName()).isEqualTo("org-gone");
            assertThat(app.resourceName()).isEqualTo("https://gone.example.com/mcp");
        });
    }

    @Test
    void listWhenSomeAreRevokedThenActiveOnesComeFirstAndEachGroupNewestFirst() {
        Grant oldActive = stored(aGrant().of(alice).in(acme).to(cursor).createdAt(T0).build());
        Grant newActive = stored(aGrant().of(alice).in(acme).to(cursor).createdAt(T0.plusSeconds(30)).build());
        Grant oldRevoked = stored(aGrant().of(alice).in(acme).to(cursor).createdAt(T0.plusSeconds(10))
                .revokedAt(T0.plusSeconds(100)).build());
        Grant newRevoked = stored(aGrant().of(alice).in(acme).to(cursor).createdAt(T0.plusSeconds(40))
                .revokedAt(T0.plusSeconds(50)).build());

        List<ListConnectedApps.ConnectedApp> apps = listOf(alice);

        assertThat(apps).extracting(ListConnectedApps.ConnectedApp::grantId)
                .containsExactly(newActive.id(), oldActive.id(), newRevoked.id(), oldRevoked.id());
        assertThat(apps).extracting(ListConnectedApps.ConnectedApp::isActive).containsExactly(true, true, false, false);
        assertThat(apps.get(2).revokedAt()).contains(T0.plusSeconds(50));
    }

    @Test
    void listWhenAnotherUserHasGrantsThenTheyAreNeverListed() {
        Grant alices = stored(aGrant().of(alice).in(acme).to(cursor).build());
        stored(aGrant().of(bob).in(acme).to(cursor).build());

        assertThat(listOf(alice)).extracting(ListConnectedApps.ConnectedApp::grantId).containsExactly(alices.id());
    }

    @Test
    void listWhenTheUserGaveNoGrantThenEmpty() {
        stored(aGrant().of(bob).in(acme).to(cursor).build());

        assertThat(listOf(alice)).isEmpty();
    }
}
