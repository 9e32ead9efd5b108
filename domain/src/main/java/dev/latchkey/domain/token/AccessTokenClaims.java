package dev.latchkey.domain.token;

import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of a Latchkey access token, a JWT profiled by RFC 9068 ({@code typ: at+jwt}).
 *
 * <p>A token acts for a user through a grant (authorization code, refresh), or, from the
 * {@code client_credentials} grant, for a client on its own: then there is no grant and no role, and
 * {@code sub} is the client's id (RFC 9068 §2.2: "the value of sub SHOULD correspond to an identifier
 * the authorization server uses to indicate the client application").
 *
 * @param issuer    {@code iss}: this server
 * @param subject   {@code sub}: the user (or the client, for a client_credentials token)
 * @param audience  {@code aud}: the one resource the token is for (RFC 8707 audience restriction)
 * @param clientId  {@code client_id}: the client it was issued to
 * @param scope     {@code scope}: space-delimited granted scopes
 * @param orgId     {@code org_id}: the organization picked at consent
 * @param orgRole   {@code org_role}: the user's role there when the token was issued (none for a client)
 * @param grantId   {@code grant_id}: the grant, so a revoked grant stops its tokens at once (none for a
 *                  client_credentials token)
 * @param jwtId     {@code jti}: unique per token
 * @param issuedAt  {@code iat}
 * @param expiresAt {@code exp}
 */
public record AccessTokenClaims(
        Issuer issuer,
        UserId subject,
        ResourceUri audience,
        ClientId clientId,
        ScopeSet scope,
        OrgId orgId,
        Optional<Role> orgRole,
        Optional<GrantId> grantId,
        String jwtId,
        Instant issuedAt,
        Instant expiresAt) {

    public AccessTokenClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(orgRole, "orgRole");
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(jwtId, "jwtId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (orgRole.isPresent() != grantId.isPresent()) {
            throw new IllegalArgumentException("a token has a role exactly when it acts for a user through a grant");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an access token must expire after it is issued");
        }
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether the token acts for a client on its own ({@code client_credentials}), not for a user. */
    public boolean isClientCredentials() {
        return grantId.isEmpty();
    }
}
