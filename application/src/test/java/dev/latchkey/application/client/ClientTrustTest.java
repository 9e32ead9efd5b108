package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.RegistrationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How far the consent page trusts a client's name: an administrator's client is pre-registered, a metadata
 * document served by a known MCP client vendor proves who controls the client_id, and anything anyone
 * could have made (RFC 7591 §5: open registration; a document on any host) is unverified.
 */
final class ClientTrustTest {

    private static Client documentClient(String url) {
        return aPublicClient().withId(url).registeredBy(RegistrationSource.METADATA_DOCUMENT).build();
    }

    @Test
    void ofWhenAnAdministratorRegisteredTheClientThenPreRegistered() {
        assertThat(ClientTrust.of(aConfidentialClient().registeredBy(RegistrationSource.ADMIN).build()))
                .isEqualTo(ClientTrust.PRE_REGISTERED);
    }

    @Test
    void ofWhenTheClientRegisteredItselfThenUnverifiedWhateverItsName() {
        Client claimsToBeClaude = aPublicClient().withProfile(ClientProfile.named("Claude")).build();

        assertThat(ClientTrust.of(claimsToBeClaude)).isEqualTo(ClientTrust.UNVERIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://claude.ai/oauth/mcp-oauth-client-metadata",
        "https://chatgpt.com/oauth/connector/client.json",
        "https://vscode.dev/oauth/client.json",
        "https://insiders.vscode.dev/oauth/client.json",
        "https://CLAUDE.AI/oauth/mcp-oauth-client-metadata",
        "https://claude.ai:443/oauth/mcp-oauth-client-metadata",
    })
    void ofWhenTheDocumentIsServedByAKnownVendorHostThenKnownHost(String url) {
        assertThat(ClientTrust.of(documentClient(url))).isEqualTo(ClientTrust.KNOWN_HOST);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://evil.example.com/claude.ai/client.json",
        "https://tenant.visualstudio.com/client.json",
        "https://someone.github.io/client.json",
        "https://user-content.claude.ai.example/client.json",
        "https://sub.chatgpt.com/client.json",
        "https://claude.ai.evil.example.com/client.json",
        "https://notclaude.ai/client.json",
        "https://claude.ai@evil.example.com/client.json",
        "https://evil.example.com/client.json?host=claude.ai",
    })
    void ofWhenTheDocumentIsServedByAnyOtherHostThenUnverified(String url) {
        assertThat(ClientTrust.of(documentClient(url))).isEqualTo(ClientTrust.UNVERIFIED);
    }

    @Test
    void hostWhenTheClientIdIsADocumentUrlThenItsHostInLowerCase() {
        assertThat(ClientTrust.host(documentClient("https://Claude.AI/oauth/mcp-oauth-client-metadata")))
                .contains("claude.ai");
    }

    @Test
    void hostWhenTheClientIdIsNotAUrlThenEmpty() {
        assertThat(ClientTrust.host(aPublicClient().build())).isEmpty();
    }

    @Test
    void hostWhenTheDocumentUrlCannotBeParsedThenEmptyAndTheClientIsUnverified() {
        Client malformed = documentClient("https://claude.ai/%zz");

        assertThat(ClientTrust.host(malformed)).isEmpty();
        assertThat(ClientTrust.of(malformed)).isEqualTo(ClientTrust.UNVERIFIED);
    }
}
