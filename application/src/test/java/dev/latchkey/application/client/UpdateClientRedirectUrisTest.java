package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replacing the redirect URIs of a client registered for the organization (RFC 6749 §3.1.2: exact URIs,
 * each checked): only by its owners and admins, only for the organization's own clients; a client from
 * elsewhere describes itself, and another organization's client is not found.
 */
final class UpdateClientRedirectUrisTest {

    private static final String CALLBACK = "https://app.example.com/callback";
    private static final ResourceName NOTES = new ResourceName("notes");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final UpdateClientRedirectUris update = new UpdateClientRedirectUris(storage.clients(),
            storage.memberships());

    private final Organization acme = anOrganization().build();
    private final Organization globex = anOrganization().build();
    private final User admin = aUser().build();
    private final Client owned = aPublicClient().withRedirect(CALLBACK).ownedBy(acme.id(), NOTES).build();

    @BeforeEach
    void storeAnAdminAndAClientOfAcme() {
        storage.organizations().add(acme);
        storage.organizations().add(globex);
        storage.users().add(admin);
        storage.memberships().put(aMembership().of(admin).in(acme).as(Role.ADMIN).build());
        storage.clients().add(owned);
    }

    private UpdateClientRedirectUris.Result update(User actor, Client client, String... uris) {
        return update.update(new UpdateClientRedirectUris.Command(actor.id(), acme.id(), client.id(), List.of(uris)));
    }

    private String refused(UpdateClientRedirectUris.Result result) {
        assertThat(result).isInstanceOf(UpdateClientRedirectUris.Refused.class);
        assertThat(storage.clients().find(owned.id())).as("the client is unchanged").contains(owned);
        return ((UpdateClientRedirectUris.Refused) result).reason();
    }

    @Test
    void updateWhenTheUrisAreValidThenReplacesThemInOrderAndKeepsEverythingElse() {
        UpdateClientRedirectUris.Result result = update(admin, owned, "https://new.example.com/callback", " ",
                "http://127.0.0.1/callback");

        Client expected = new Client(owned.id(), owned.profile(), List.of(
                new RedirectUri("https://new.example.com/callback"), new RedirectUri("http://127.0.0.1/callback")),
                owned.authMethod(), owned.grantTypes(), owned.scope(), owned.secretHash(), owned.source(),
                owned.registeredAt(), owned.owner());
        assertThat(result).isEqualTo(new UpdateClientRedirectUris.Updated(expected));
        assertThat(storage.clients().find(owned.id())).contains(expected);
    }

    @Test
    void updateWhenTheClientHasGrantsThenTheyStay() {
        Grant grant = aGrant().of(admin).in(acme).to(owned).build();
        storage.grants().add(grant);

        update(admin, owned, "https://new.example.com/callback");

        assertThat(storage.grants().find(grant.id())).contains(grant);
    }

    @Test
    void updateWhenOneUriIsInvalidThenRefusedNamingItAndNothingChanges() {
        assertThat(refused(update(admin, owned, CALLBACK, "javascript:alert(1)"))).contains("javascript");
    }

    @Test
    void updateWhenUsersSignInThroughTheClientAndNoUriIsLeftThenRefused() {
        assertThat(refused(update(admin, owned))).contains("at least one redirect URI");
    }

    @Test
    void updateWhenTheClientIsServerToServerOnlyThenTheUrisMayBeEmptied() {
        Client service = aConfidentialClient().withRedirect(CALLBACK).ownedBy(acme.id(), NOTES)
                .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build();
        storage.clients().add(service);

        assertThat(update(admin, service)).isInstanceOfSatisfying(UpdateClientRedirectUris.Updated.class,
                updated -> assertThat(updated.client().redirectUris()).isEmpty());
    }

    @Test
    void updateWhenTheClientBelongsToAnotherOrganizationThenNotFoundAndUnchanged() {
        Client globexClient = aPublicClient().withRedirect(CALLBACK).ownedBy(globex.id(), NOTES).build();
        storage.clients().add(globexClient);

        assertThat(update(admin, globexClient, "https://evil.example.com/callback"))
                .isEqualTo(new UpdateClientRedirectUris.NotFound());
        assertThat(storage.clients().find(globexClient.id())).contains(globexClient);
    }

    @Test
    void updateWhenTheClientRegisteredItselfThenNotFoundSinceItDescribesItself() {
        Client dynamic = aPublicClient().withRedirect(CALLBACK).build();
        storage.clients().add(dynamic);
        storage.grants().add(aGrant().of(admin).in(acme).to(dynamic).build());

        assertThat(update(admin, dynamic, "https://evil.example.com/callback"))
                .isEqualTo(new UpdateClientRedirectUris.NotFound());
        assertThat(storage.clients().find(dynamic.id())).contains(dynamic);
    }

    @Test
    void updateWhenTheClientIsUnknownThenNotFound() {
        assertThat(update.update(new UpdateClientRedirectUris.Command(admin.id(), acme.id(),
                new ClientId("no-such-client"), List.of(CALLBACK)))).isEqualTo(new UpdateClientRedirectUris.NotFound());
    }

    @Test
    void updateWhenTheActorIsAPlainMemberThenForbidden() {
        User member = aUser().build();
        storage.users().add(member);
        storage.memberships().put(aMembership().of(member).in(acme).as(Role.MEMBER).build());

        assertThat(update(member, owned, "https://new.example.com/callback"))
                .isEqualTo(new UpdateClientRedirectUris.Forbidden());
        assertThat(storage.clients().find(owned.id())).contains(owned);
    }

    @Test
    void updateWhenTheActorIsNotAMemberThenNotFound() {
        User stranger = aUser().build();
        storage.users().add(stranger);
        storage.memberships().put(aMembership().of(stranger).in(globex).as(Role.OWNER).build());

        assertThat(update(stranger, owned, "https://new.example.com/callback"))
                .isEqualTo(new UpdateClientRedirectUris.NotFound());
    }
}
