package dev.latchkey.domain.client;

import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A registered OAuth client (RFC 7591 §2).
 *
 * @param id              the client identifier
 * @param profile         descriptive metadata (name, URIs), never used for a security decision
 * @param redirectUris    where codes may be sent, matched by {@link RedirectUri#allows}
 * @param authMethod      how it authenticates at the token endpoint
 * @param grantTypes      the grants it may use
 * @param scope           the scopes it registered for, if it named any (informational)
 * @param secretHash      the SHA-256 hash of its secret, present exactly when {@code authMethod} uses one
 * @param source          who registered it
 * @param registeredAt    when
 * @param owner           for a client registered in Settings: its organization and allowed resources
 */
public record Client(
        ClientId id,
        ClientProfile profile,
        List<RedirectUri> redirectUris,
        TokenEndpointAuthMethod authMethod,
        Set<GrantType> grantTypes,
        Optional<ScopeSet> scope,
        Optional<SecretHash> secretHash,
        RegistrationSource source,
        Instant registeredAt,
        Optional<ClientOwner> owner) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        redirectUris = List.copyOf(redirectUris);
        Objects.requireNonNull(authMethod, "authMethod");
        grantTypes = Set.copyOf(grantTypes);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(owner, "owner");
        if (authMethod.usesSecret() != secretHash.isPresent()) {
            throw new IllegalArgumentException("a client has a secret exactly when its auth method uses one");
        }
        if (owner.isPresent() && source != RegistrationSource.ADMIN) {
            throw new IllegalArgumentException("only clients registered by an administrator belong to an organization");
        }
        if (grantTypes.contains(GrantType.CLIENT_CREDENTIALS) && (owner.isEmpty() || !authMethod.usesSecret())) {
            throw new IllegalArgumentException("only a confidential client of an organization may use client_credentials");
        }
    }

    /** A client that belongs to no organization (registered dynamically or by metadata document). */
    public Client(ClientId id, ClientProfile profile, List<RedirectUri> redirectUris,
            TokenEndpointAuthMethod authMethod, Set<GrantType> grantTypes, Optional<ScopeSet> scope,
            Optional<SecretHash> secretHash, RegistrationSource source, Instant registeredAt) {
        this(id, profile, redirectUris, authMethod, grantTypes, scope, secretHash, source, registeredAt,
                Optional.empty());
    }

    /** Whether this client authenticates with a secret (RFC 6749 §2.1 "confidential"). */
    public boolean isConfidential() {
        return authMethod.usesSecret();
    }

    /** Whether this client registered for {@code grantType}. */
    public boolean mayUse(GrantType grantType) {
        return grantTypes.contains(grantType);
    }

    /** The registered redirect URI that allows {@code requested}, if any. */
    public Optional<RedirectUri> redirectAllowing(RedirectUri requested) {
        return redirectUris.stream().filter(registered -> registered.allows(requested)).findFirst();
    }

    /** Whether {@code presented} is this client's secret (constant-time comparison of hashes). */
    public boolean secretMatches(ClientSecret presented) {
        return secretHash.map(hash -> SecretHash.constantTimeEquals(hash.value(), presented.hash().value()))
                .orElse(false);
    }

    /** The name to show a person: the registered name, or the client id when it gave none. */
    public String displayName() {
        return profile.name().filter(name -> !name.isBlank()).orElse(id.value());
    }
}
