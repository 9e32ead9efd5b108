package dev.latchkey.application.clientauth;

import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.client.MetadataDocumentClients;
import dev.latchkey.application.fakes.FakeClientMetadataDocuments;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RealClients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthErrorCode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Client authentication at the back channel (RFC 6749 §2.3.1, §3.2.1): confidential clients prove their
 * secret by either secret method; public clients send their id only; anything else is invalid_client.
 */
final class AuthenticateClientTest {

    private static final ClientSecret SECRET = new ClientSecret("the-confidential-secret-0123456789");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final AuthenticateClient authenticate = new AuthenticateClient(storage.clients());
    private final FakeClientMetadataDocuments documents = new FakeClientMetadataDocuments();
    private final AuthenticateClient authenticateResolvingDocuments = new AuthenticateClient(
            new MetadataDocumentClients(storage.clients(), documents, new MutableClock()));

    private final Client publicClient = aPublicClient().build();
    private final Client confidential = aConfidentialClient()
            .withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, SECRET).build();

    @BeforeEach
    void storeClients() {
        storage.clients().add(publicClient);
        storage.clients().add(confidential);
    }

    private void assertInvalidClient(ClientCredentials credentials) {
        assertThat(authenticate.authenticate(credentials)).isInstanceOfSatisfying(AuthenticateClient.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
    }

    private void assertAuthenticatedAs(ClientCredentials credentials, Client expected) {
        assertThat(authenticate.authenticate(credentials)).isEqualTo(new AuthenticateClient.Authenticated(expected));
    }

    @Test
    void authenticateWhenPublicClientSendsItsIdThenAuthenticated() {
        assertAuthenticatedAs(new ClientCredentials.IdOnly(publicClient.id()), publicClient);
    }

    @Test
    void authenticateWhenConfidentialClientUsesBasicThenAuthenticated() {
        assertAuthenticatedAs(new ClientCredentials.Basic(confidential.id(), SECRET), confidential);
    }

    // Both secret methods carry the same secret; accepting either adds no risk (RFC 6749 §2.3.1).

    @Test
    void authenticateWhenConfidentialClientRegisteredForBasicUsesPostThenAuthenticated() {
        assertAuthenticatedAs(new ClientCredentials.Post(confidential.id(), SECRET), confidential);
    }

    @Test
    void authenticateWhenNoCredentialsThenInvalidClient() {
        assertInvalidClient(new ClientCredentials.None());
    }

    @Test
    void authenticateWhenClientIsUnknownThenInvalidClient() {
        assertInvalidClient(new ClientCredentials.IdOnly(new ClientId("no-such-client")));
        assertInvalidClient(new ClientCredentials.Basic(new ClientId("no-such-client"), SECRET));
    }

    @Test
    void authenticateWhenConfidentialClientSendsNoSecretThenInvalidClient() {
        assertInvalidClient(new ClientCredentials.IdOnly(confidential.id()));
    }

    @Test
    void authenticateWhenConfidentialClientSendsAWrongSecretThenInvalidClient() {
        assertInvalidClient(new ClientCredentials.Basic(confidential.id(), new ClientSecret("a-wrong-secret-0123456789")));
        assertInvalidClient(new ClientCredentials.Post(confidential.id(), new ClientSecret("a-wrong-secret-0123456789")));
    }

    @Test
    void authenticateWhenPublicClientSendsASecretThenInvalidClient() {
        assertInvalidClient(new ClientCredentials.Basic(publicClient.id(), SECRET));
        assertInvalidClient(new ClientCredentials.Post(publicClient.id(), SECRET));
    }

    // draft-ietf-oauth-client-id-metadata-document: a document client is public and names itself by URL.

    @Test
    void authenticateWhenADocumentClientSendsItsUrlOnlyThenAuthenticated() {
        documents.serve(RealClients.CLAUDE_URL, RealClients.CLAUDE, Duration.ofHours(1));

        AuthenticateClient.Result result = authenticateResolvingDocuments.authenticate(
                new ClientCredentials.IdOnly(new ClientId(RealClients.CLAUDE_URL)));

        assertThat(result).isInstanceOfSatisfying(AuthenticateClient.Authenticated.class, authenticated ->
                assertThat(authenticated.client().id().value()).isEqualTo(RealClients.CLAUDE_URL));
    }

    @Test
    void authenticateWhenTheDocumentCannotBeUsedThenInvalidClientCarryingTheReason() {
        documents.fail(RealClients.CLAUDE_URL, "The document at " + RealClients.CLAUDE_URL + " answered 503.");

        AuthenticateClient.Result result = authenticateResolvingDocuments.authenticate(
                new ClientCredentials.IdOnly(new ClientId(RealClients.CLAUDE_URL)));

        assertThat(result).isInstanceOfSatisfying(AuthenticateClient.Rejected.class, rejected -> {
            assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT);
            assertThat(rejected.error().description()).contains("answered 503");
        });
    }

    @Test
    void authenticateWhenADocumentClientSendsASecretThenInvalidClient() {
        documents.serve(RealClients.CLAUDE_URL, RealClients.CLAUDE, Duration.ofHours(1));

        AuthenticateClient.Result result = authenticateResolvingDocuments.authenticate(
                new ClientCredentials.Post(new ClientId(RealClients.CLAUDE_URL), SECRET));

        assertThat(result).isInstanceOfSatisfying(AuthenticateClient.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
    }
}
