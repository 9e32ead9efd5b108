package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPendingAuthorization;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static dev.latchkey.application.fixtures.Fixtures.anUnredeemedCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fixtures.IssuedCodeBuilder;
import dev.latchkey.application.fixtures.PendingAuthorizationBuilder;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientOwner;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Clients}: registered clients (RFC 7591 §2) keep every field, in order; a client
 * known by its metadata document is replaced in place when the document changes, keeping what refers to
 * it; dynamically registered clients that never got a grant are removed after a while. A client registered
 * in Settings belongs to an organization and is listed with it; removing a client takes its grants and their
 * tokens, its pending requests and its codes with it.
 */
public abstract class ClientsContract extends StorageContract {

    private static final String DOCUMENT_URL = "https://app.example.com/oauth/client-metadata.json";

    /** A day after {@link dev.latchkey.application.fixtures.Fixtures#T0}. */
    private static final Instant CUTOFF = T0.plus(Duration.ofDays(1));

    private Clients clients() {
        return storage().clients();
    }

    @Test
    public void findWhenEveryFieldIsSetThenReturnsTheClientUnchanged() {
        Client client = aConfidentialClient()
                .withProfile(new ClientProfile(Optional.of("Cursor"), Optional.of("https://cursor.example"),
                        Optional.of("https://cursor.example/logo.png"), Optional.of("https://cursor.example/tos"),
                        Optional.of("https://cursor.example/privacy"),
                        List.of("ops@cursor.example", "security@cursor.example"), Optional.of("cursor-mcp"),
                        Optional.of("1.2.3")))
                .withRedirect("https://cursor.example/callback", "cursor://anysphere.cursor-mcp/oauth/callback")
                .withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, new ClientSecret("a-client-secret-0123456789"))
                .withGrantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS)
                .withScope("mcp:use offline_access")
                .ownedBy(stored(anOrganization()).id(), new ResourceName("files"), new ResourceName("notes"))
                .registeredBy(RegistrationSource.ADMIN)
                .registeredAt(T0.plusMillis(123))
                .build();

        clients().add(client);

        assertThat(clients().find(client.id())).contains(client);
    }

    @Test
    public void findWhenOptionalFieldsAreEmptyThenReturnsThemEmpty() {
        Client client = aPublicClient()
                .withProfile(new ClientProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), Optional.empty(), Optional.empty()))
                .withGrantTypes(GrantType.AUTHORIZATION_CODE)
                .build();

        clients().add(client);

        Optional<Client> found = clients().find(client.id());
        assertThat(found).contains(client);
        assertThat(found.orElseThrow().scope()).isEmpty();
        assertThat(found.orElseThrow().secretHash()).isEmpty();
        assertThat(found.orElseThrow().profile().contacts()).isEmpty();
    }

    // The owner of a client registered in Settings: its organization and the resources it may be used for.

    @Test
    public void findWhenOwnedByAnOrganizationThenReturnsTheOrganizationAndEveryAllowedResource() {
        Organization acme = stored(anOrganization());
        Client client = stored(aConfidentialClient().ownedBy(acme.id(), new ResourceName("notes"),
                new ResourceName("files"), new ResourceName("crm.v2")));

        ClientOwner owner = clients().find(client.id()).orElseThrow().owner().orElseThrow();

        assertThat(owner.organization()).isEqualTo(acme.id());
        assertThat(owner.allowedResources()).containsExactlyInAnyOrder(new ResourceName("notes"),
                new ResourceName("files"), new ResourceName("crm.v2"));
    }

    @Test
    public void findWhenOwnedButAllowedNoResourceThenReturnsTheOwnerWithAnEmptyList() {
        Organization acme = stored(anOrganization());
        Client client = stored(aPublicClient().ownedBy(acme.id()));

        assertThat(clients().find(client.id()).orElseThrow().owner())
                .contains(new ClientOwner(acme.id(), Set.of()));
    }

    @Test
    public void findWhenOwnedByNoOrganizationThenTheOwnerIsEmpty() {
        Client client = stored(aConfidentialClient().registeredBy(RegistrationSource.ADMIN));

        assertThat(clients().find(client.id()).orElseThrow().owner()).isEmpty();
        assertThat(clients().all()).containsExactly(client);
    }

    @Test
    public void putWhenTheAllowedResourcesChangeThenReplacesThemAndKeepsTheOrganization() {
        Organization acme = stored(anOrganization());
        Client before = stored(aConfidentialClient().withId("owned-client").ownedBy(acme.id(), new ResourceName("notes"),
                new ResourceName("files")));
        Client after = aConfidentialClient().withId("owned-client").ownedBy(acme.id(), new ResourceName("crm"))
                .withRedirect("https://moved.example/callback").registeredAt(before.registeredAt()).build();

        clients().put(after);

        assertThat(clients().find(before.id())).contains(after);
        assertThat(clients().ownedBy(acme.id())).containsExactly(after);
    }

    @Test
    public void findWhenScopeIsPresentButEmptyThenReturnsItPresentAndEmpty() {
        Client client = aPublicClient().withScope("").build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().scope()).contains(ScopeSet.empty());
    }

    @Test
    public void findWhenProfileTextsAreEmptyStringsThenKeepsThemPresent() {
        Client client = aPublicClient()
                .withProfile(new ClientProfile(Optional.of(""), Optional.of(""), Optional.of(""), Optional.of(""),
                        Optional.of(""), List.of(""), Optional.of(""), Optional.of("")))
                .build();

        clients().add(client);

        assertThat(clients().find(client.id())).contains(client);
    }

    @Test
    public void findWhenContactsContainLineBreaksAndBackslashesThenReturnsThemUnchanged() {
        List<String> contacts = List.of("first line\nsecond line", "back\\slash", "", "ends with a backslash\\",
                "\\n is not a line break", "\r\n");
        Client client = aPublicClient()
                .withProfile(new ClientProfile(Optional.of("Odd"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), contacts, Optional.empty(), Optional.empty()))
                .build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().profile().contacts()).containsExactlyElementsOf(contacts);
    }

    @Test
    public void findWhenSeveralRedirectUrisThenKeepsTheirRegisteredOrder() {
        Client client = aPublicClient()
                .withRedirect("https://z.example/callback", "http://127.0.0.1/callback", "https://a.example/callback",
                        "myapp://callback")
                .build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().redirectUris()).containsExactly(
                new RedirectUri("https://z.example/callback"), new RedirectUri("http://127.0.0.1/callback"),
                new RedirectUri("https://a.example/callback"), new RedirectUri("myapp://callback"));
    }

    @Test
    public void findWhenScopeHasSeveralTokensThenKeepsTheirOrder() {
        Client client = aPublicClient().withScope("offline_access mcp:use files:read").build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().scope().map(ScopeSet::asString))
                .contains("offline_access mcp:use files:read");
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        clients().add(aPublicClient().build());

        assertThat(clients().find(new ClientId("no-such-client"))).isEmpty();
    }

    @Test
    public void lookupWhenStoredThenFoundAndWhenUnknownThenNotFound() {
        Client client = stored(aPublicClient());

        assertThat(clients().lookup(client.id())).isEqualTo(new Clients.Found(client));
        assertThat(clients().lookup(new ClientId("no-such-client"))).isEqualTo(new Clients.NotFound());
    }

    @Test
    public void addWhenIdIsTakenThenFailsAndKeepsTheFirstClient() {
        Client first = aPublicClient().withId("same-id").withRedirect("https://first.example/callback").build();
        Client second = aConfidentialClient().withId("same-id").withRedirect("https://second.example/cb").build();
        clients().add(first);

        assertThatThrownBy(() -> clients().add(second)).isInstanceOf(RuntimeException.class);

        assertThat(clients().find(first.id())).contains(first);
        assertThat(clients().all()).containsExactly(first);
    }

    @Test
    public void allWhenSeveralClientsThenOldestFirst() {
        Client newest = aPublicClient().registeredAt(T0.plus(Duration.ofDays(2))).build();
        Client oldest = aConfidentialClient().registeredAt(T0).build();
        Client middle = aPublicClient().registeredAt(T0.plus(Duration.ofDays(1))).build();
        clients().add(newest);
        clients().add(oldest);
        clients().add(middle);

        assertThat(clients().all()).containsExactly(oldest, middle, newest);
    }

    @Test
    public void allWhenRegisteredAtTheSameInstantThenInTheOrderAdded() {
        Client b = aPublicClient().withId("b-client").registeredAt(T0).build();
        Client a = aPublicClient().withId("a-client").registeredAt(T0).build();
        Client c = aPublicClient().withId("c-client").registeredAt(T0).build();
        clients().add(b);
        clients().add(a);
        clients().add(c);

        assertThat(clients().all()).containsExactly(b, a, c);
    }

    @Test
    public void allWhenNoClientThenEmpty() {
        assertThat(clients().all()).isEmpty();
    }

    // put: a metadata document client is stored again each time its document is fetched.

    @Test
    public void putWhenTheIdIsNewThenStoresTheClient() {
        Client client = aPublicClient().withId("https://app.example.com/client.json")
                .registeredBy(RegistrationSource.METADATA_DOCUMENT).build();

        clients().put(client);

        assertThat(clients().find(client.id())).contains(client);
        assertThat(clients().all()).containsExactly(client);
    }

    @Test
    public void putWhenTheIdIsTakenThenReplacesTheMetadataAndTheRedirectUrisInOrder() {
        Client before = aConfidentialClient().withId(DOCUMENT_URL)
                .withRedirect("https://a.example/callback", "https://b.example/callback", "https://c.example/callback")
                .withScope("mcp:use")
                .registeredAt(T0)
                .build();
        Client after = aPublicClient().withId(DOCUMENT_URL)
                .withProfile(new ClientProfile(Optional.of("Renamed"), Optional.of("https://app.example.com"),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of("ops@app.example.com"),
                        Optional.of("app"), Optional.of("2.0")))
                .withRedirect("https://c.example/callback", "http://127.0.0.1/callback")
                .withGrantTypes(GrantType.AUTHORIZATION_CODE)
                .registeredBy(RegistrationSource.METADATA_DOCUMENT)
                .registeredAt(T0.plus(Duration.ofHours(1)))
                .build();
        clients().add(before);

        clients().put(after);

        Client found = clients().find(new ClientId(DOCUMENT_URL)).orElseThrow();
        assertThat(found).isEqualTo(after);
        assertThat(found.redirectUris()).containsExactly(new RedirectUri("https://c.example/callback"),
                new RedirectUri("http://127.0.0.1/callback"));
        assertThat(found.secretHash()).isEmpty();
        assertThat(found.scope()).isEmpty();
        assertThat(clients().all()).containsExactly(after);
    }

    @Test
    public void putWhenReplacedWithMoreRedirectUrisThenKeepsAllInTheNewOrder() {
        clients().add(aPublicClient().withId(DOCUMENT_URL).withRedirect("https://b.example/callback").build());
        Client after = aPublicClient().withId(DOCUMENT_URL)
                .withRedirect("https://c.example/callback", "https://b.example/callback", "https://a.example/callback")
                .build();

        clients().put(after);

        assertThat(clients().find(after.id()).orElseThrow().redirectUris()).extracting(RedirectUri::value)
                .containsExactly("https://c.example/callback", "https://b.example/callback",
                        "https://a.example/callback");
    }

    @Test
    public void putWhenTheClientHasAGrantAPendingRequestAndACodeThenAllSurviveTheReplace() {
        Client before = stored(aPublicClient().withId(DOCUMENT_URL)
                .registeredBy(RegistrationSource.METADATA_DOCUMENT));
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        Grant grant = stored(aGrant().of(user).in(organization).to(before));
        PendingAuthorizationBuilder pending = aPendingAuthorization().of(anAuthorizationRequest().from(before));
        storage().pendingAuthorizations().add(pending.build());
        IssuedCodeBuilder code = anUnredeemedCode().of(anAuthorizationRequest().from(before))
                .approvedBy(user.id(), organization.id());
        storage().authorizationCodes().add(code.build());

        clients().put(aPublicClient().withId(DOCUMENT_URL).withRedirect("https://moved.example/callback")
                .registeredBy(RegistrationSource.METADATA_DOCUMENT).registeredAt(T0.plus(Duration.ofDays(1))).build());

        assertThat(storage().grants().find(grant.id())).contains(grant);
        assertThat(storage().pendingAuthorizations().find(pending.handle().hash())).isPresent();
        assertThat(storage().authorizationCodes().find(code.code().hash())).isPresent();
    }

    // ownedBy: an organization's clients in Settings, oldest first.

    @Test
    public void ownedByWhenSeveralOrganizationsHaveClientsThenOnlyThatOrganizationsOldestFirst() {
        Organization acme = stored(anOrganization());
        Organization globex = stored(anOrganization());
        Client newest = stored(aPublicClient().ownedBy(acme.id(), new ResourceName("notes"))
                .registeredAt(T0.plus(Duration.ofDays(2))));
        Client oldest = stored(aConfidentialClient().ownedBy(acme.id(), new ResourceName("files"))
                .withRedirect("https://a.example/callback", "https://b.example/callback").registeredAt(T0));
        stored(aPublicClient().ownedBy(globex.id(), new ResourceName("notes")).registeredAt(T0.plusSeconds(1)));
        stored(aPublicClient().registeredAt(T0.plusSeconds(2)));
        Client middle = stored(aPublicClient().ownedBy(acme.id(), new ResourceName("notes"))
                .registeredAt(T0.plus(Duration.ofDays(1))));

        List<Client> owned = clients().ownedBy(acme.id());

        assertThat(owned).containsExactly(oldest, middle, newest);
        assertThat(owned.getFirst().redirectUris()).extracting(RedirectUri::value)
                .containsExactly("https://a.example/callback", "https://b.example/callback");
    }

    @Test
    public void ownedByWhenRegisteredAtTheSameInstantThenInTheOrderAdded() {
        Organization acme = stored(anOrganization());
        Client b = stored(aPublicClient().withId("b-client").ownedBy(acme.id()).registeredAt(T0));
        Client a = stored(aPublicClient().withId("a-client").ownedBy(acme.id()).registeredAt(T0));
        Client c = stored(aPublicClient().withId("c-client").ownedBy(acme.id()).registeredAt(T0));

        assertThat(clients().ownedBy(acme.id())).containsExactly(b, a, c);
    }

    @Test
    public void ownedByWhenTheOrganizationHasNoClientThenEmpty() {
        Organization acme = stored(anOrganization());
        stored(aPublicClient());
        stored(aPublicClient().ownedBy(stored(anOrganization()).id()));

        assertThat(clients().ownedBy(acme.id())).isEmpty();
        assertThat(clients().ownedBy(new OrgId("no-such-organization"))).isEmpty();
    }

    // remove: deleting a client in Settings ends everything that came from it.

    @Test
    public void removeWhenTheClientExistsThenReturnsTrueAndItIsGone() {
        Organization acme = stored(anOrganization());
        Client client = stored(aConfidentialClient().ownedBy(acme.id(), new ResourceName("notes")));
        Client other = stored(aPublicClient());

        assertThat(clients().remove(client.id())).isTrue();

        assertThat(clients().find(client.id())).isEmpty();
        assertThat(clients().ownedBy(acme.id())).isEmpty();
        assertThat(clients().all()).containsExactly(other);
    }

    @Test
    public void removeWhenTheClientHasGrantsTokensRequestsAndCodesThenTheyGoWithItAndOthersStay() {
        Client client = stored(aPublicClient());
        Client other = stored(aPublicClient());
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        Grant active = stored(aGrant().of(user).in(organization).to(client));
        Grant revoked = stored(aGrant().of(user).in(organization).to(client).revokedAt(T0.plusSeconds(5)));
        Grant otherGrant = stored(aGrant().of(user).in(organization).to(other));
        RefreshTokenBuilder refresh = aRefreshToken().of(active);
        storage().refreshTokens().add(refresh.build());
        RefreshTokenBuilder revokedRefresh = aRefreshToken().of(revoked).revoked(T0.plusSeconds(5));
        storage().refreshTokens().add(revokedRefresh.build());
        RefreshTokenBuilder otherRefresh = aRefreshToken().of(otherGrant);
        storage().refreshTokens().add(otherRefresh.build());
        PendingAuthorizationBuilder pending = aPendingAuthorization().of(anAuthorizationRequest().from(client));
        storage().pendingAuthorizations().add(pending.build());
        IssuedCodeBuilder code = anUnredeemedCode().of(anAuthorizationRequest().from(client))
                .approvedBy(user.id(), organization.id());
        storage().authorizationCodes().add(code.build());

        assertThat(clients().remove(client.id())).isTrue();

        assertThat(storage().grants().find(active.id())).isEmpty();
        assertThat(storage().grants().find(revoked.id())).isEmpty();
        assertThat(storage().grants().ofUser(user.id())).containsExactly(otherGrant);
        assertThat(storage().refreshTokens().findByHash(refresh.token().hash())).isEmpty();
        assertThat(storage().refreshTokens().findByHash(revokedRefresh.token().hash())).isEmpty();
        assertThat(storage().refreshTokens().findByHash(otherRefresh.token().hash())).isPresent();
        assertThat(storage().pendingAuthorizations().find(pending.handle().hash())).isEmpty();
        assertThat(storage().authorizationCodes().find(code.code().hash())).isEmpty();
        assertThat(clients().find(other.id())).contains(other);
    }

    @Test
    public void removeWhenUnknownThenReturnsFalseAndChangesNothing() {
        Client client = stored(aPublicClient());

        assertThat(clients().remove(new ClientId("no-such-client"))).isFalse();

        assertThat(clients().all()).containsExactly(client);
    }

    @Test
    public void removeWhenRemovedAlreadyThenReturnsFalse() {
        Client client = stored(aPublicClient());
        clients().remove(client.id());

        assertThat(clients().remove(client.id())).isFalse();
    }

    @Test
    public void removeWhenATransactionFailsAfterwardsThenTheClientAndItsGrantAreBack() {
        Client client = stored(aPublicClient());
        Grant grant = stored(aGrant().of(stored(aUser())).in(stored(anOrganization())).to(client));

        assertThatThrownBy(() -> storage().transactions().inTransaction(() -> {
            clients().remove(client.id());
            throw new IllegalStateException("the work fails after the removal");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(clients().find(client.id())).contains(client);
        assertThat(storage().grants().find(grant.id())).contains(grant);
    }

    // removeUnusedDynamic: open registration lets anyone add clients; those never used are forgotten.

    @Test
    public void removeUnusedDynamicWhenDynamicClientsRegisteredBeforeTheCutoffHaveNoGrantThenRemovesAndCountsThem() {
        Client first = stored(aPublicClient().registeredAt(T0));
        Client second = stored(aConfidentialClient().registeredAt(T0.plusSeconds(1)));

        int removed = clients().removeUnusedDynamic(CUTOFF);

        assertThat(removed).isEqualTo(2);
        assertThat(clients().find(first.id())).isEmpty();
        assertThat(clients().find(second.id())).isEmpty();
        assertThat(clients().all()).isEmpty();
    }

    @Test
    public void removeUnusedDynamicWhenRegisteredAtOrAfterTheCutoffThenKeepsThem() {
        Client atCutoff = stored(aPublicClient().registeredAt(CUTOFF));
        Client after = stored(aPublicClient().registeredAt(CUTOFF.plusMillis(1)));
        Client before = stored(aPublicClient().registeredAt(CUTOFF.minusMillis(1)));

        int removed = clients().removeUnusedDynamic(CUTOFF);

        assertThat(removed).isEqualTo(1);
        assertThat(clients().all()).containsExactly(atCutoff, after);
        assertThat(clients().find(before.id())).isEmpty();
    }

    @Test
    public void removeUnusedDynamicWhenTheClientHasAGrantEvenARevokedOneThenKeepsIt() {
        Client used = stored(aPublicClient().registeredAt(T0));
        Client usedThenRevoked = stored(aPublicClient().registeredAt(T0));
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        stored(aGrant().of(user).in(organization).to(used));
        stored(aGrant().of(user).in(organization).to(usedThenRevoked).revokedAt(T0.plusSeconds(5)));
        Client unused = stored(aPublicClient().registeredAt(T0));

        int removed = clients().removeUnusedDynamic(CUTOFF);

        assertThat(removed).isEqualTo(1);
        assertThat(clients().all()).containsExactly(used, usedThenRevoked);
        assertThat(clients().find(unused.id())).isEmpty();
    }

    @Test
    public void removeUnusedDynamicWhenAdminOrMetadataDocumentClientsAreOldAndUnusedThenNeverRemovesThem() {
        Client admin = stored(aConfidentialClient().registeredBy(RegistrationSource.ADMIN).registeredAt(T0));
        Client document = stored(aPublicClient().withId(DOCUMENT_URL)
                .registeredBy(RegistrationSource.METADATA_DOCUMENT).registeredAt(T0));

        int removed = clients().removeUnusedDynamic(CUTOFF.plus(Duration.ofDays(365)));

        assertThat(removed).isZero();
        assertThat(clients().all()).containsExactly(admin, document);
    }

    @Test
    public void removeUnusedDynamicWhenARemovedClientHasAPendingRequestAndACodeThenTheyGoWithIt() {
        Client unused = stored(aPublicClient().registeredAt(T0));
        PendingAuthorizationBuilder pending = aPendingAuthorization().of(anAuthorizationRequest().from(unused));
        storage().pendingAuthorizations().add(pending.build());
        IssuedCodeBuilder code = anUnredeemedCode().of(anAuthorizationRequest().from(unused))
                .approvedBy(stored(aUser()).id(), stored(anOrganization()).id());
        storage().authorizationCodes().add(code.build());
        Client recent = stored(aPublicClient().registeredAt(CUTOFF));
        IssuedCodeBuilder otherCode = anUnredeemedCode().of(anAuthorizationRequest().from(recent))
                .approvedBy(stored(aUser()).id(), stored(anOrganization()).id());
        storage().authorizationCodes().add(otherCode.build());

        assertThat(clients().removeUnusedDynamic(CUTOFF)).isEqualTo(1);

        assertThat(storage().pendingAuthorizations().find(pending.handle().hash())).isEmpty();
        assertThat(storage().authorizationCodes().find(code.code().hash())).isEmpty();
        assertThat(storage().authorizationCodes().find(otherCode.code().hash())).isPresent();
    }

    @Test
    public void removeUnusedDynamicWhenNoClientThenZero() {
        assertThat(clients().removeUnusedDynamic(CUTOFF)).isZero();
    }
}
