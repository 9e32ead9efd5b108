package dev.latchkey.application.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.FakeClientMetadataDocuments;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RealClients;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.registration.RegisterClient;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientMetadata;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real MCP clients' metadata ({@link RealClients}) is accepted, whether served as a Client ID Metadata
 * Document or posted to the registration endpoint, and every redirect URI it lists works afterwards, a
 * loopback one on whatever port the client picks for the flow (RFC 8252 §7.3).
 */
final class RealClientsTest {

    private static final int ANOTHER_PORT = 51234;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final FakeClientMetadataDocuments documents = new FakeClientMetadataDocuments();
    private final Clients clients = new MetadataDocumentClients(storage.clients(), documents, clock);
    private final RegisterClient register = new RegisterClient(storage.clients(), new CountingRandomTokens(), clock);

    static Stream<Named<ClientMetadata>> metadataDocuments() {
        return RealClients.METADATA_DOCUMENTS.stream().map(document -> Named.of(document.clientName().orElseThrow(),
                document));
    }

    static Stream<Named<ClientMetadata>> registrations() {
        return RealClients.REGISTRATIONS.stream().map(request -> Named.of(request.clientName().orElseThrow(),
                request));
    }

    private Client resolved(ClientMetadata document) {
        String url = document.clientId().orElseThrow();
        documents.serve(url, document, Duration.ofHours(1));
        Clients.Lookup lookup = clients.lookup(new ClientId(url));
        assertThat(lookup).isInstanceOf(Clients.Found.class);
        return ((Clients.Found) lookup).client();
    }

    private Client registered(ClientMetadata request) {
        RegisterClient.Result result = register.register(new RegisterClient.Command(request));
        assertThat(result).isInstanceOf(RegisterClient.Registered.class);
        return ((RegisterClient.Registered) result).client();
    }

    /** The redirect URI as the client sends it in a flow: a loopback one on another port. */
    private static RedirectUri asRequested(String registered) {
        RedirectUri uri = new RedirectUri(registered);
        if (!uri.isLoopback()) {
            return uri;
        }
        URI parsed = URI.create(registered);
        try {
            return new RedirectUri(new URI(parsed.getScheme(), parsed.getRawUserInfo(), parsed.getHost(), ANOTHER_PORT,
                    parsed.getRawPath(), parsed.getRawQuery(), null).toString());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void assertEveryRedirectUriIsAllowed(Client client, ClientMetadata metadata) {
        List<String> listed = metadata.redirectUris().orElseThrow();
        assertThat(client.redirectUris()).extracting(RedirectUri::value).containsExactlyElementsOf(listed);
        for (String registered : listed) {
            RedirectUri requested = asRequested(registered);
            assertThat(client.redirectAllowing(requested)).as("%s requested as %s", registered, requested)
                    .contains(new RedirectUri(registered));
            assertThat(client.redirectAllowing(new RedirectUri(registered))).contains(new RedirectUri(registered));
        }
    }

    @ParameterizedTest
    @MethodSource("metadataDocuments")
    void lookupWhenARealClientsDocumentIsServedThenFoundAsAPublicDocumentClient(ClientMetadata document) {
        Client client = resolved(document);

        assertThat(client.id().value()).isEqualTo(document.clientId().orElseThrow());
        assertThat(client.source()).isEqualTo(RegistrationSource.METADATA_DOCUMENT);
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
        assertThat(client.displayName()).isEqualTo(document.clientName().orElseThrow());
        assertThat(client.mayUse(GrantType.AUTHORIZATION_CODE)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("metadataDocuments")
    void lookupWhenARealClientsDocumentIsServedThenEachOfItsRedirectUrisIsAllowed(ClientMetadata document) {
        assertEveryRedirectUriIsAllowed(resolved(document), document);
    }

    @ParameterizedTest
    @MethodSource("registrations")
    void registerWhenARealClientRegistersThenRegisteredAsAPublicClient(ClientMetadata request) {
        Client client = registered(request);

        assertThat(client.source()).isEqualTo(RegistrationSource.DYNAMIC);
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
        assertThat(client.secretHash()).isEmpty();
        assertThat(client.displayName()).isEqualTo(request.clientName().orElseThrow());
        assertThat(client.grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN);
    }

    @ParameterizedTest
    @MethodSource("registrations")
    void registerWhenARealClientRegistersThenEachOfItsRedirectUrisIsAllowed(ClientMetadata request) {
        assertEveryRedirectUriIsAllowed(registered(request), request);
    }

    @Test
    void lookupWhenClaudeListsTheJwtBearerGrantThenItIsDropped() {
        assertThat(resolved(RealClients.CLAUDE).grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN);
    }

    @Test
    void lookupWhenClaudeCodeRegisteredAPortlessLoopbackRedirectThenAnyPortIsAllowed() {
        Client client = resolved(RealClients.CLAUDE_CODE);

        assertThat(client.redirectAllowing(new RedirectUri("http://localhost:61234/callback")))
                .contains(new RedirectUri("http://localhost/callback"));
        assertThat(client.redirectAllowing(new RedirectUri("http://localhost:61234/other"))).isEmpty();
        assertThat(client.redirectAllowing(new RedirectUri("http://127.0.0.1:61234/callback"))).isEmpty();
    }

    @Test
    void lookupWhenChatGptPrefersPrivateKeyJwtButSupportsNoneThenItIsAPublicClient() {
        assertThat(resolved(RealClients.CHATGPT).authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
    }

    @Test
    void registerWhenVsCodeRegistersAPathlessLoopbackRedirectThenTheRootOnAnyPortIsAllowed() {
        Client client = registered(RealClients.VS_CODE);

        assertThat(client.redirectAllowing(new RedirectUri("http://127.0.0.1:50000/")))
                .contains(new RedirectUri("http://127.0.0.1:33418"));
        assertThat(client.redirectAllowing(new RedirectUri("http://localhost:50000")))
                .contains(new RedirectUri("http://localhost:33418/"));
    }
}
