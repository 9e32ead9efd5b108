package dev.latchkey.domain.client;

import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builders of valid clients for tests; change only what a test is about. */
final class ClientFixtures {

    static final ClientSecret SECRET = new ClientSecret("s3cr3t-0123456789abcdef");

    private ClientFixtures() {}

    /** A dynamically registered public client (PKCE only) with one https redirect URI. */
    static Builder aPublicClient() {
        return new Builder();
    }

    /** An admin-registered confidential client using {@code client_secret_basic} and {@link #SECRET}. */
    static Builder aConfidentialClient() {
        return new Builder().withAuthMethod(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC)
                .withSecretHash(Optional.of(SECRET.hash())).withSource(RegistrationSource.ADMIN);
    }

    static final class Builder {
        private ClientId id = new ClientId("client-1");
        private ClientProfile profile = ClientProfile.named("Example App");
        private List<RedirectUri> redirectUris = new ArrayList<>(List.of(
                new RedirectUri("https://client.example.com/callback")));
        private TokenEndpointAuthMethod authMethod = TokenEndpointAuthMethod.NONE;
        private Set<GrantType> grantTypes = EnumSet.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
        private Optional<ScopeSet> scope = Optional.empty();
        private Optional<SecretHash> secretHash = Optional.empty();
        private RegistrationSource source = RegistrationSource.DYNAMIC;
        private Optional<ClientOwner> owner = Optional.empty();

        Builder withId(String value) {
            this.id = new ClientId(value);
            return this;
        }

        Builder withProfile(ClientProfile value) {
            this.profile = value;
            return this;
        }

        Builder withRedirects(String... uris) {
            this.redirectUris = new ArrayList<>();
            for (String uri : uris) {
                this.redirectUris.add(new RedirectUri(uri));
            }
            return this;
        }

        Builder withAuthMethod(TokenEndpointAuthMethod value) {
            this.authMethod = value;
            return this;
        }

        Builder withGrantTypes(Set<GrantType> value) {
            this.grantTypes = value;
            return this;
        }

        Builder withSecretHash(Optional<SecretHash> value) {
            this.secretHash = value;
            return this;
        }

        Builder withSource(RegistrationSource value) {
            this.source = value;
            return this;
        }

        /** Belongs to {@code organization}, allowed the named resources (a client registered in Settings). */
        Builder ownedBy(String organization, String... allowedResources) {
            Set<ResourceName> resources = new HashSet<>();
            for (String resource : allowedResources) {
                resources.add(new ResourceName(resource));
            }
            this.owner = Optional.of(new ClientOwner(new OrgId(organization), resources));
            return this;
        }

        Client build() {
            return new Client(id, profile, redirectUris, authMethod, grantTypes, scope, secretHash, source,
                    Instant.parse("2025-06-01T12:00:00Z"), owner);
        }
    }
}
