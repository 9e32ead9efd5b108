package dev.latchkey.application.token;

import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.RefreshTokenId;
import dev.latchkey.domain.token.RefreshTokenState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Makes the tokens of a grant: refresh tokens (stored by hash) and signed access tokens. */
final class TokenMinter {

    private final AccessTokenIssuer accessTokens;
    private final RefreshTokens refreshTokens;
    private final RandomTokens random;
    private final ServerSettings settings;

    TokenMinter(AccessTokenIssuer accessTokens, RefreshTokens refreshTokens, RandomTokens random,
            ServerSettings settings) {
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A refresh token and the id of its stored row. */
    record MintedRefreshToken(RefreshTokenId id, RefreshToken token) {}

    /** Creates and stores a new active refresh token for {@code grantId}. */
    MintedRefreshToken refreshToken(GrantId grantId, Instant now) {
        RefreshToken token = new RefreshToken(random.secret());
        RefreshTokenId id = new RefreshTokenId(random.id());
        refreshTokens.add(new IssuedRefreshToken(id, grantId, token.hash(), now,
                now.plus(settings.refreshTokenLifetime()), new RefreshTokenState.Active()));
        return new MintedRefreshToken(id, token);
    }

    /**
     * Signs an access token for the grant (RFC 9068) and puts together the token response.
     * {@code scope} may be narrower than the grant's (RFC 6749 §6).
     */
    IssuedTokens tokens(Grant grant, Role role, ScopeSet scope, Optional<RefreshToken> refreshToken, Instant now) {
        // JWT dates are whole seconds (RFC 7519 NumericDate): issue on a second boundary so the claims
        // read back from the token equal the ones signed.
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        AccessTokenClaims claims = new AccessTokenClaims(settings.issuer(), grant.userId(), grant.resource(),
                grant.clientId(), scope, grant.orgId(), Optional.of(role), Optional.of(grant.id()), random.id(),
                issuedAt, issuedAt.plus(settings.accessTokenLifetime()));
        return new IssuedTokens(accessTokens.issue(claims), settings.accessTokenLifetime(), refreshToken, scope,
                grant.resource());
    }
}
