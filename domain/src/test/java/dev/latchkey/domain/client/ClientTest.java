package dev.latchkey.domain.client;

import static dev.latchkey.domain.client.ClientFixtures.SECRET;
import static dev.latchkey.domain.client.ClientFixtures.aConfidentialClient;
import static dev.latchkey.domain.client.ClientFixtures.aPublicClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A registered client (RFC 7591 §2), its confidential/public split (RFC 6749 §2.1), and the organization a
 * client registered in Settings belongs to, which alone may use client_credentials (RFC 6749 §4.4).
 */
final class ClientTest {

    @Test
    void buildWhenPublicWithoutSecretThenNotConfidential() {
        Client client = aPublicClient().build();

        assertThat(client.isConfidential()).isFalse();
        assertThat(client.secretHash()).isEmpty();
    }

    @Test
    void buildWhenPublicWithSecretHashThenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> aPublicClient().withSecretHash(Optional.of(SECRET.hash())).build());
    }

    @ParameterizedTest
    @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST"})
    void buildWhenSecretMethodWithSecretHashThenConfidential(TokenEndpointAuthMethod method) {
        Client client = aConfidentialClient().withAuthMethod(method).build();

        assertThat(client.isConfidential()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TokenEndpointAuthMethod.class, names = {"CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST"})
    void buildWhenSecretMethodWithoutSecretHashThenRefused(TokenEndpointAuthMethod method) {
        assertThatIllegalArgumentException().isThrownBy(() ->
                aConfidentialClient().withAuthMethod(method).withSecretHash(Optional.empty()).build());
    }

    @Test
    void secretMatchesWhenPresentedSecretIsTheRegisteredOneThenTrue() {
        assertThat(aConfidentialClient().build().secretMatches(SECRET)).isTrue();
    }

    @Test
    void secretMatchesWhenPresentedSecretDiffersThenFalse() {
        Client client = aConfidentialClient().build();

        assertThat(client.secretMatches(new ClientSecret("s3cr3t-0123456789abcdeF"))).isFalse();
    }

    @Test
    void secretMatchesWhenPublicClientThenAlwaysFalse() {
        assertThat(aPublicClient().build().secretMatches(SECRET)).isFalse();
    }

    @Test
    void redirectAllowingWhenExactMatchThenReturnsThatRegisteredUri() {
        Client client = aPublicClient()
                .withRedirects("https://client.example.com/a", "https://client.example.com/b").build();

        assertThat(client.redirectAllowing(new RedirectUri("https://client.example.com/b")))
                .contains(new RedirectUri("https://client.example.com/b"));
    }

    @Test
    void redirectAllowingWhenLoopbackOnEphemeralPortThenReturnsTheRegisteredPortlessUri() {
        // RFC 8252 §7.3: the registered loopback URI allows any port at request time.
        Client client = aPublicClient().withRedirects("http://localhost/callback").build();

        assertThat(client.redirectAllowing(new RedirectUri("http://localhost:54321/callback")))
                .contains(new RedirectUri("http://localhost/callback"));
    }

    @Test
    void redirectAllowingWhenNoRegisteredUriAllowsItThenEmpty() {
        Client client = aPublicClient().withRedirects("https://client.example.com/callback").build();

        assertThat(client.redirectAllowing(new RedirectUri("https://attacker.example/callback"))).isEmpty();
        assertThat(client.redirectAllowing(new RedirectUri("https://client.example.com/callback/x"))).isEmpty();
    }

    @Test
    void redirectAllowingWhenCursorRegisteredItsThreeUrisThenEachIsAllowed() {
        Client cursor = aPublicClient().withRedirects("cursor://anysphere.cursor-mcp/oauth/callback",
                "https://www.cursor.com/agents/mcp/oauth/callback", "http://localhost:8787/callback").build();

        assertThat(cursor.redirectAllowing(new RedirectUri("cursor://anysphere.cursor-mcp/oauth/callback")))
                .isPresent();
        assertThat(cursor.redirectAllowing(new RedirectUri("https://www.cursor.com/agents/mcp/oauth/callback")))
                .isPresent();
        assertThat(cursor.redirectAllowing(new RedirectUri("http://localhost:8787/callback"))).isPresent();
        assertThat(cursor.redirectAllowing(new RedirectUri("http://localhost:9999/callback")))
                .contains(new RedirectUri("http://localhost:8787/callback"));
    }

    @Test
    void displayNameWhenNamedThenName() {
        assertThat(aPublicClient().build().displayName()).isEqualTo("Example App");
    }

    @Test
    void displayNameWhenNoNameThenClientId() {
        Client client = aPublicClient().withId("abc123").withProfile(ClientProfile.named(null)).build();

        assertThat(client.displayName()).isEqualTo("abc123");
    }

    @Test
    void displayNameWhenBlankNameThenClientId() {
        Client client = aPublicClient().withId("abc123").withProfile(ClientProfile.named("   ")).build();

        assertThat(client.displayName()).isEqualTo("abc123");
    }

    @Test
    void mayUseWhenGrantTypeRegisteredThenTrueOtherwiseFalse() {
        Client client = aPublicClient().withGrantTypes(EnumSet.of(GrantType.AUTHORIZATION_CODE)).build();

        assertThat(client.mayUse(GrantType.AUTHORIZATION_CODE)).isTrue();
        assertThat(client.mayUse(GrantType.REFRESH_TOKEN)).isFalse();
        assertThat(client.mayUse(GrantType.CLIENT_CREDENTIALS)).isFalse();
    }

    @Test
    void buildWhenRegisteredByAnAdministratorForAnOrganizationThenOwnedAndAllowedOnlyItsResources() {
        Client client = aConfidentialClient().ownedBy("org-1", "files", "notes").build();

        ClientOwner owner = client.owner().orElseThrow();
        assertThat(owner.organization()).isEqualTo(new OrgId("org-1"));
        assertThat(owner.allows(new ResourceName("files"))).isTrue();
        assertThat(owner.allows(new ResourceName("crm"))).isFalse();
    }

    @Test
    void buildWithTheNineComponentConstructorThenBelongsToNoOrganization() {
        assertThat(aPublicClient().build().owner()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationSource.class, names = {"DYNAMIC", "METADATA_DOCUMENT"})
    void buildWhenAClientNotRegisteredByAnAdministratorHasAnOwnerThenRefused(RegistrationSource source) {
        // Only Settings registers clients for an organization; a client describing itself cannot claim one.
        assertThatIllegalArgumentException().isThrownBy(() ->
                aPublicClient().withSource(source).ownedBy("org-1", "files").build());
    }

    @Test
    void buildWhenAConfidentialOwnedClientUsesClientCredentialsThenAccepted() {
        Client client = aConfidentialClient().ownedBy("org-1", "files")
                .withGrantTypes(EnumSet.of(GrantType.CLIENT_CREDENTIALS)).build();

        assertThat(client.mayUse(GrantType.CLIENT_CREDENTIALS)).isTrue();
    }

    @Test
    void buildWhenAPublicClientUsesClientCredentialsThenRefused() {
        // RFC 6749 §4.4: "The client credentials grant type MUST only be used by confidential clients."
        assertThatIllegalArgumentException().isThrownBy(() -> aPublicClient().withSource(RegistrationSource.ADMIN)
                .ownedBy("org-1", "files").withGrantTypes(EnumSet.of(GrantType.CLIENT_CREDENTIALS)).build());
    }

    @Test
    void buildWhenAConfidentialClientOfNoOrganizationUsesClientCredentialsThenRefused() {
        // The token of a client acting for itself carries its organization: without one there is none to carry.
        assertThatIllegalArgumentException().isThrownBy(() -> aConfidentialClient()
                .withGrantTypes(EnumSet.of(GrantType.CLIENT_CREDENTIALS)).build());
    }

    @Test
    void ownerWhenTheAllowedResourcesChangeLaterThenTheOwnerIsUnchanged() {
        Set<ResourceName> resources = new HashSet<>(
                Set.of(new ResourceName("files")));
        ClientOwner owner = new ClientOwner(new OrgId("org-1"), resources);

        resources.add(new ResourceName("crm"));

        assertThat(owner.allowedResources()).hasSize(1);
    }

    @Test
    void redirectUrisWhenSourceListChangesLaterThenClientUnchanged() {
        List<RedirectUri> source = new ArrayList<>(List.of(new RedirectUri("https://client.example.com/callback")));
        Client client = new Client(new ClientId("client-1"), ClientProfile.named("x"), source,
                TokenEndpointAuthMethod.NONE, EnumSet.of(GrantType.AUTHORIZATION_CODE), Optional.empty(),
                Optional.empty(), RegistrationSource.DYNAMIC, java.time.Instant.EPOCH);

        source.add(new RedirectUri("https://attacker.example/callback"));

        assertThat(client.redirectUris()).hasSize(1);
        assertThatThrownBy(() -> client.redirectUris().add(new RedirectUri("https://attacker.example/cb")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
