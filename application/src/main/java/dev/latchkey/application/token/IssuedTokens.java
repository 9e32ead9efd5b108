package dev.latchkey.application.token;

import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.token.RefreshToken;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful token response's content (RFC 6749 §5.1); {@code token_type} is always {@code Bearer}.
 *
 * @param accessToken  the signed JWT
 * @param expiresIn    its lifetime
 * @param refreshToken present when the client is registered for the refresh_token grant
 * @param scope        the scopes granted (always sent, since they may differ from those requested)
 * @param audience     the resource the access token is for
 */
public record IssuedTokens(String accessToken, Duration expiresIn, Optional<RefreshToken> refreshToken,
        ScopeSet scope, ResourceUri audience) {

    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(audience, "audience");
    }

    @Override
    public String toString() {
        return "IssuedTokens[scope=" + scope + ", audience=" + audience + ", redacted]";
    }
}
