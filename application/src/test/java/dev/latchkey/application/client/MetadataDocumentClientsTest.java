package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.aMetadataDocument;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.FakeClientMetadataDocuments;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientMetadata;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Resolving an https client_id by its Client ID Metadata Document (draft-ietf-oauth-client-id-metadata-
 * document): fetched, checked, stored for the grants that refer to it, reused while its caching headers
 * say it is fresh, and, when a refresh fails, the copy known is used for up to 7 days after the last
 * successful fetch.
 */
final class MetadataDocumentClientsTest {

    private static final String URL = "https://app.example.com/oauth/client-metadata.json";
    private static final ClientId ID = new ClientId(URL);
    private static final Duration FRESH_FOR = Duration.ofHours(1);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final FakeClientMetadataDocuments documents = new FakeClientMetadataDocuments();
    private final MetadataDocumentClients clients = new MetadataDocumentClients(storage.clients(), documents, clock);

    private static ClientMetadata document(String name) {
        return aMetadataDocument(URL).clientName(name).build();
    }

    private Client found(ClientId id) {
        Clients.Lookup lookup = clients.lookup(id);
        assertThat(lookup).isInstanceOf(Clients.Found.class);
        return ((Clients.Found) lookup).client();
    }

    private String unusable(ClientId id) {
        Clients.Lookup lookup = clients.lookup(id);
        assertThat(lookup).isInstanceOf(Clients.Unusable.class);
        return ((Clients.Unusable) lookup).reason();
    }

    @Test
    void lookupWhenTheDocumentIsServedThenFetchedAndStoredAsAMetadataDocumentClient() {
        documents.serve(URL, document("Example"), FRESH_FOR);

        Client client = found(ID);

        assertThat(client.id()).isEqualTo(ID);
        assertThat(client.source()).isEqualTo(RegistrationSource.METADATA_DOCUMENT);
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
        assertThat(client.displayName()).isEqualTo("Example");
        assertThat(client.redirectUris()).containsExactly(new RedirectUri("https://app.example.com/callback"));
        assertThat(client.registeredAt()).isEqualTo(clock.instant());
        assertThat(storage.clients().find(ID)).contains(client);
        assertThat(documents.fetchesOf(URL)).isEqualTo(1);
    }

    // The draft, section 4.3: the server may cache the document, respecting its HTTP cache headers.

    @Test
    void lookupWhenTheDocumentIsStillFreshThenItIsNotFetchedAgain() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        Client first = found(ID);

        clock.advance(FRESH_FOR.minusMillis(1));
        Client second = found(ID);

        assertThat(second).isEqualTo(first);
        assertThat(documents.fetchesOf(URL)).isEqualTo(1);
    }

    @Test
    void lookupWhenTheDocumentIsNoLongerFreshThenItIsFetchedAgainAndTheNewVersionStored() {
        documents.serve(URL, document("Before"), FRESH_FOR);
        found(ID);
        documents.serve(URL, document("After"), FRESH_FOR);

        Instant later = clock.advance(FRESH_FOR);
        Client refreshed = found(ID);

        assertThat(refreshed.displayName()).isEqualTo("After");
        assertThat(refreshed.registeredAt()).isEqualTo(later);
        assertThat(storage.clients().find(ID)).contains(refreshed);
        assertThat(storage.clients().all()).containsExactly(refreshed);
        assertThat(documents.fetchesOf(URL)).isEqualTo(2);
    }

    @Test
    void lookupWhenTheFreshnessIsZeroThenEveryLookupFetches() {
        documents.serve(URL, document("Example"), Duration.ZERO);

        found(ID);
        found(ID);

        assertThat(documents.fetchesOf(URL)).isEqualTo(2);
    }

    // A failed refresh does not take a known client down (the host may be briefly unreachable).

    @Test
    void lookupWhenARefreshFailsThenTheCopyKnownIsServed() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        Client known = found(ID);
        documents.fail(URL, "Connection refused.");

        clock.advance(Duration.ofDays(1));

        assertThat(found(ID)).isEqualTo(known);
        assertThat(documents.fetchesOf(URL)).isEqualTo(2);
    }

    @Test
    void lookupWhenARefreshFailsAfterARestartThenTheStoredCopyIsServed() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        Client known = found(ID);
        documents.fail(URL, "Connection refused.");
        clock.advance(Duration.ofDays(3));
        MetadataDocumentClients restarted = new MetadataDocumentClients(storage.clients(), documents, clock);

        assertThat(restarted.lookup(ID)).isEqualTo(new Clients.Found(known));
    }

    @Test
    void lookupWhenARefreshFailsJustBeforeSevenDaysThenTheStoredCopyIsStillServed() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        Client known = found(ID);
        documents.fail(URL, "Connection refused.");

        clock.advance(Duration.ofDays(7).minusMillis(1));

        assertThat(found(ID)).isEqualTo(known);
    }

    @Test
    void lookupWhenARefreshFailsAndTheCopyIsSevenDaysOldThenUnusableWithTheReason() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        found(ID);
        documents.fail(URL, "Connection refused.");

        clock.advance(Duration.ofDays(7));

        assertThat(unusable(ID)).isEqualTo("Connection refused.");
    }

    @Test
    void lookupWhenARefreshFailsAfterARestartAndTheStoredCopyIsTooOldThenUnusable() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        found(ID);
        documents.fail(URL, "Connection refused.");
        clock.advance(Duration.ofDays(8));
        MetadataDocumentClients restarted = new MetadataDocumentClients(storage.clients(), documents, clock);

        assertThat(restarted.lookup(ID)).isEqualTo(new Clients.Unusable("Connection refused."));
    }

    @Test
    void lookupWhenTheLastSuccessfulFetchIsRecentThenTheSevenDaysCountFromIt() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        found(ID);
        clock.advance(Duration.ofDays(6));
        Client refreshed = found(ID);
        documents.fail(URL, "Connection refused.");

        clock.advance(Duration.ofDays(4));

        assertThat(found(ID)).isEqualTo(refreshed);
    }

    @Test
    void lookupWhenNeverFetchedAndTheFetchFailsThenUnusableWithTheFetchersReason() {
        documents.fail(URL, "The document at " + URL + " is not JSON.");

        assertThat(unusable(ID)).isEqualTo("The document at " + URL + " is not JSON.");
        assertThat(storage.clients().find(ID)).isEmpty();
    }

    @Test
    void lookupWhenNothingIsServedAtTheUrlThenUnusable() {
        assertThat(unusable(ID)).contains("404");
    }

    // The document's rules (ClientMetadataRules): a broken document is refused, never stored.

    @Test
    void lookupWhenTheDocumentsClientIdIsNotItsUrlThenUnusableAndNotStored() {
        documents.serve(URL, aMetadataDocument(URL + "/").build(), FRESH_FOR);

        assertThat(unusable(ID)).contains("client_id").contains(URL + "/");
        assertThat(storage.clients().find(ID)).isEmpty();
    }

    @Test
    void lookupWhenTheDocumentAllowsOnlyPrivateKeyJwtThenUnusableSayingSo() {
        documents.serve(URL, aMetadataDocument(URL).authMethod("private_key_jwt").build(), FRESH_FOR);

        assertThat(unusable(ID)).contains("private_key_jwt").contains("none");
        assertThat(storage.clients().find(ID)).isEmpty();
    }

    @Test
    void lookupWhenARefreshedDocumentBreaksARuleThenUnusableRatherThanTheOldCopy() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        found(ID);
        documents.serve(URL, aMetadataDocument(URL).authMethod("client_secret_basic").build(), FRESH_FOR);

        clock.advance(FRESH_FOR);

        assertThat(unusable(ID)).contains("shared secrets");
    }

    @Test
    void lookupWhenTheHttpsClientIdIsNotAValidUrlThenUnusableWithoutAFetch() {
        assertThat(unusable(new ClientId("https://app.example.com/%zz"))).contains("not a valid URL");
        assertThat(documents.fetches()).isZero();
    }

    // Every other client_id is a registered client's: the store answers, nothing is fetched.

    @Test
    void lookupWhenTheClientIdIsNotAnHttpsUrlThenTheStoreAnswersWithoutAFetch() {
        Client registered = aPublicClient().build();
        storage.clients().add(registered);

        assertThat(clients.lookup(registered.id())).isEqualTo(new Clients.Found(registered));
        assertThat(clients.lookup(new ClientId("no-such-client"))).isEqualTo(new Clients.NotFound());
        assertThat(clients.lookup(new ClientId("http://app.example.com/client.json")))
                .isEqualTo(new Clients.NotFound());
        assertThat(documents.fetches()).isZero();
    }

    @Test
    void findWhenTheLookupFindsTheClientThenTheSameClient() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        Client registered = aPublicClient().build();
        storage.clients().add(registered);

        assertThat(clients.find(ID)).contains(found(ID));
        assertThat(clients.find(registered.id())).contains(registered);
    }

    @Test
    void findWhenTheLookupIsUnusableOrNotFoundThenEmpty() {
        documents.fail(URL, "Connection refused.");

        assertThat(clients.find(ID)).isEmpty();
        assertThat(clients.find(new ClientId("no-such-client"))).isEmpty();
    }

    @Test
    void putWhenAClientIsStoredThroughItThenTheNextLookupFetchesAgain() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        Client first = found(ID);

        clients.put(first);
        found(ID);

        assertThat(documents.fetchesOf(URL)).isEqualTo(2);
    }

    @Test
    void removeUnusedDynamicWhenCalledThenTheStoreRemovesOnlyUnusedDynamicClients() {
        documents.serve(URL, document("Example"), FRESH_FOR);
        found(ID);
        storage.clients().add(aPublicClient().registeredAt(clock.instant()).build());

        assertThat(clients.removeUnusedDynamic(clock.instant().plusSeconds(1))).isEqualTo(1);
        assertThat(clients.all()).extracting(Client::id).containsExactly(ID);
    }
}
