package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPendingAuthorization;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static dev.latchkey.application.fixtures.Fixtures.anUnredeemedCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fixtures.IssuedCodeBuilder;
import dev.latchkey.application.fixtures.PendingAuthorizationBuilder;
import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Clients}: registered clients (RFC 7591 §2) keep every field, in order; a client
 * known by its metadata document is replaced in place when the document changes, keeping what refers to
 * it; dynamically registered clients that never got a grant are removed after a while.
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
