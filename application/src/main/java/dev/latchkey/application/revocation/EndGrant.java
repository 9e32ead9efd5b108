package dev.latchkey.application.revocation;

import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.domain.authorization.GrantId;
import java.time.Instant;
import java.util.Objects;

/**
 * Ends a grant: marks it revoked and revokes every refresh token it still has. Access tokens of the
 * grant stop working at once wherever the grant is checked (introspection, the gateway). Callers run it
 * inside their transaction.
 */
public final class EndGrant {

    private final Grants grants;
    private final RefreshTokens refreshTokens;

    public EndGrant(Grants grants, RefreshTokens refreshTokens) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
    }

    /** Returns whether the grant was active until now. */
    public boolean end(GrantId grantId, Instant at) {
        boolean wasActive = grants.revoke(grantId, at);
        refreshTokens.revokeAllOfGrant(grantId, at);
        return wasActive;
    }
}
