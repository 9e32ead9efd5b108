package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPendingAuthorization;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fixtures.PendingAuthorizationBuilder;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting a client registered for the organization: its grants, refresh tokens and pending requests go
 * with it (so its access tokens are refused on their next use); only by the organization's owners and
 * admins, and only its own clients: another organization's client, or a client from elsewhere, is not found.
 */
final class DeleteOrganizationClientTest {

    private static final ResourceName NOTES = new ResourceName("notes");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final DeleteOrganizationClient delete = new DeleteOrganizationClient(storage.clients(),
            storage.memberships(), storage.transactions());

    private final Organization acme = anOrganization().build();
    private final Organization globex = anOrganization().build();
    private final User admin = aUser().build();
    private final Client owned = aPublicClient().ownedBy(acme.id(), NOTES).build();

    @BeforeEach
    void storeAnAdminAndAClientOfAcme() {
        storage.organizations().add(acme);
        storage.organizations().add(globex);
        storage.users().add(admin);
        storage.memberships().put(aMembership().of(admin).in(acme).as(Role.ADMIN).build());
        storage.clients().add(owned);
    }

    private DeleteOrganizationClient.Result delete(User actor, ClientId client) {
        return delete.delete(new DeleteOrganizationClient.Command(actor.id(), acme.id(), client));
    }

    @Test
    void deleteWhenTheClientBelongsToTheOrganizationThenDeletedWithItsGrantsTokensAndPendingRequests() {
        Grant grant = aGrant().of(admin).in(acme).to(owned).build();
        storage.grants().add(grant);
        RefreshTokenBuilder refresh = aRefreshToken().of(grant);
        storage.refreshTokens().add(refresh.build());
        PendingAuthorizationBuilder pending = aPendingAuthorization().of(anAuthorizationRequest().from(owned));
        storage.pendingAuthorizations().add(pending.build());
        Client other = aPublicClient().ownedBy(acme.id(), NOTES).build();
        storage.clients().add(other);
        Grant otherGrant = aGrant().of(admin).in(acme).to(other).build();
        storage.grants().add(otherGrant);

        assertThat(delete(admin, owned.id())).isEqualTo(new DeleteOrganizationClient.Deleted());

        assertThat(storage.clients().find(owned.id())).isEmpty();
        assertThat(storage.grants().find(grant.id())).isEmpty();
        assertThat(storage.refreshTokens().findByHash(refresh.token().hash())).isEmpty();
        assertThat(storage.pendingAuthorizations().find(pending.handle().hash())).isEmpty();
        assertThat(storage.clients().ownedBy(acme.id())).containsExactly(other);
        assertThat(storage.grants().ofOrganization(acme.id())).containsExactly(otherGrant);
    }

    @Test
    void deleteWhenDeletedAlreadyThenNotFound() {
        delete(admin, owned.id());

        assertThat(delete(admin, owned.id())).isEqualTo(new DeleteOrganizationClient.NotFound());
    }

    @Test
    void deleteWhenTheClientBelongsToAnotherOrganizationThenNotFoundAndItStays() {
        Client globexClient = aPublicClient().ownedBy(globex.id(), NOTES).build();
        storage.clients().add(globexClient);

        assertThat(delete(admin, globexClient.id())).isEqualTo(new DeleteOrganizationClient.NotFound());
        assertThat(storage.clients().find(globexClient.id())).contains(globexClient);
    }

    @Test
    void deleteWhenTheClientRegisteredItselfAndWasAuthorizedHereThenNotFoundAndItStays() {
        // A client from elsewhere is not the organization's to delete; revoking its grants ends its access here.
        Client dynamic = aPublicClient().build();
        storage.clients().add(dynamic);
        Grant grant = aGrant().of(admin).in(acme).to(dynamic).build();
        storage.grants().add(grant);

        assertThat(delete(admin, dynamic.id())).isEqualTo(new DeleteOrganizationClient.NotFound());
        assertThat(storage.clients().find(dynamic.id())).contains(dynamic);
        assertThat(storage.grants().find(grant.id())).contains(grant);
    }

    @Test
    void deleteWhenTheClientIsUnknownThenNotFound() {
        assertThat(delete(admin, new ClientId("no-such-client"))).isEqualTo(new DeleteOrganizationClient.NotFound());
    }

    @Test
    void deleteWhenTheActorIsAPlainMemberThenForbiddenAndTheClientStays() {
        User member = aUser().build();
        storage.users().add(member);
        storage.memberships().put(aMembership().of(member).in(acme).as(Role.MEMBER).build());

        assertThat(delete(member, owned.id())).isEqualTo(new DeleteOrganizationClient.Forbidden());
        assertThat(storage.clients().find(owned.id())).contains(owned);
    }

    @Test
    void deleteWhenTheActorIsNotAMemberThenNotFoundAndTheClientStays() {
        User stranger = aUser().build();
        storage.users().add(stranger);

        assertThat(delete(stranger, owned.id())).isEqualTo(new DeleteOrganizationClient.NotFound());
        assertThat(storage.clients().find(owned.id())).contains(owned);
    }

    @Test
    void deleteWhenTheActorIsAnOwnerThenDeleted() {
        User owner = aUser().build();
        storage.users().add(owner);
        storage.memberships().put(aMembership().of(owner).in(acme).as(Role.OWNER).build());

        assertThat(delete(owner, owned.id())).isEqualTo(new DeleteOrganizationClient.Deleted());
    }
}
