package dev.latchkey.domain.authorization;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A grant: one user's consent for one client to act in one organization on one resource with a set of
 * scopes. Every refresh token and access token belongs to a grant; revoking the grant ends them all
 * (seed "Revoking access": the refresh token is invalidated and the next call is refused).
 *
 * @param id         identifier, carried by access tokens as the {@code grant_id} claim
 * @param userId     the user who consented
 * @param orgId      the organization they picked
 * @param clientId   the client they consented to
 * @param resource   the resource the tokens are for
 * @param scope      the scopes granted
 * @param createdAt  when the code was exchanged
 * @param revokedAt  when it was revoked, if it was
 * @param lastUsedAt when a token of this grant was last issued or used
 */
public record Grant(
        GrantId id,
        UserId userId,
        OrgId orgId,
        ClientId clientId,
        ResourceUri resource,
        ScopeSet scope,
        Instant createdAt,
        Optional<Instant> revokedAt,
        Optional<Instant> lastUsedAt) {

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }
}
