package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fixtures.ClientBuilder;
import dev.latchkey.application.fixtures.GrantBuilder;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OAuth clients an organization's owners and admins see in Settings: those registered for it (oldest
 * first, editable), then those from elsewhere its users authorized, each with its active grants in this
 * organization; never a client only another organization registered or authorized.
 */
final class ListOrganizationClientsTest {

    private static final ResourceName NOTES = new ResourceName("notes");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListOrganizationClients list = new ListOrganizationClients(storage.clients(), storage.grants(),
            storage.memberships());

    private final Organization acme = anOrganization().build();
    private final Organization globex = anOrganization().build();
    private final User admin = aUser().build();
    private final User alice = aUser().build();

    @BeforeEach
    void storeTwoOrganizationsAndAnAdminOfAcme() {
        storage.organizations().add(acme);
        storage.organizations().add(globex);
        storage.users().add(admin);
        storage.users().add(alice);
        storage.memberships().put(aMembership().of(admin).in(acme).as(Role.ADMIN).build());
    }

    private Client stored(ClientBuilder client) {
        Client built = client.build();
        storage.clients().add(built);
        return built;
    }

    private void stored(GrantBuilder grant) {
        storage.grants().add(grant.build());
    }

    private List<ListOrganizationClients.Listed> listedFor(User actor) {
        ListOrganizationClients.Result result = list.list(new ListOrganizationClients.Command(actor.id(), acme.id()));
        assertThat(result).isInstanceOf(ListOrganizationClients.Found.class);
        return ((ListOrganizationClients.Found) result).clients();
    }

    @Test
    void listWhenTheActorIsNotAMemberThenNotFound() {
        User stranger = aUser().build();
        storage.users().add(stranger);

        assertThat(list.list(new ListOrganizationClients.Command(stranger.id(), acme.id())))
                .isEqualTo(new ListOrganizationClients.NotFound());
    }

    @Test
    void listWhenTheActorIsAPlainMemberThenForbidden() {
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.MEMBER).build());

        assertThat(list.list(new ListOrganizationClients.Command(alice.id(), acme.id())))
                .isEqualTo(new ListOrganizationClients.Forbidden());
    }

    @Test
    void listWhenTheActorIsAnOwnerThenFound() {
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.OWNER).build());

        assertThat(list.list(new ListOrganizationClients.Command(alice.id(), acme.id())))
                .isEqualTo(new ListOrganizationClients.Found(List.of()));
    }

    @Test
    void listWhenClientsAreOwnedAndAuthorizedThenOwnedOldestFirstThenAuthorizedOnesWithTheirActiveGrants() {
        Client newerOwned = stored(aConfidentialClient().ownedBy(acme.id(), NOTES).registeredAt(T0.plusSeconds(10)));
        Client olderOwned = stored(aPublicClient().ownedBy(acme.id(), NOTES).registeredAt(T0));
        Client cursor = stored(aPublicClient());
        Client document = stored(aPublicClient().withId("https://claude.ai/oauth/client.json")
                .registeredBy(RegistrationSource.METADATA_DOCUMENT));
        stored(aGrant().of(alice).in(acme).to(olderOwned).createdAt(T0));
        stored(aGrant().of(admin).in(acme).to(olderOwned).createdAt(T0.plusSeconds(1)));
        stored(aGrant().of(alice).in(acme).to(olderOwned).createdAt(T0.plusSeconds(2)).revokedAt(T0.plusSeconds(3)));
        stored(aGrant().of(alice).in(acme).to(document).createdAt(T0.plusSeconds(4)));
        stored(aGrant().of(alice).in(acme).to(cursor).createdAt(T0.plusSeconds(5)));
        stored(aGrant().of(admin).in(globex).to(cursor).createdAt(T0.plusSeconds(6)));

        List<ListOrganizationClients.Listed> listed = listedFor(admin);

        assertThat(listed).containsExactly(
                new ListOrganizationClients.Listed(olderOwned, true, 2),
                new ListOrganizationClients.Listed(newerOwned, true, 0),
                new ListOrganizationClients.Listed(cursor, false, 1),
                new ListOrganizationClients.Listed(document, false, 1));
        assertThat(listed.get(2).selfRegistered()).isTrue();
        assertThat(listed.get(3).selfRegistered()).isFalse();
    }

    @Test
    void listWhenAClientFromElsewhereHasOnlyRevokedGrantsHereThenListedWithNoActiveGrant() {
        Client cursor = stored(aPublicClient());
        stored(aGrant().of(alice).in(acme).to(cursor).revokedAt(T0.plusSeconds(1)));

        assertThat(listedFor(admin)).containsExactly(new ListOrganizationClients.Listed(cursor, false, 0));
    }

    @Test
    void listWhenClientsBelongToOrAreAuthorizedInAnotherOrganizationOnlyThenTheyAreNotListed() {
        Client globexOwned = stored(aPublicClient().ownedBy(globex.id(), NOTES));
        Client authorizedInGlobex = stored(aPublicClient());
        stored(aGrant().of(alice).in(globex).to(globexOwned));
        stored(aGrant().of(alice).in(globex).to(authorizedInGlobex));
        stored(aPublicClient());

        assertThat(listedFor(admin)).isEmpty();
    }
}
