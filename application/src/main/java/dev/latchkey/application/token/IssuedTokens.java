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
 * @param idToken      the signed ID token (OIDC Core §3.1.3.3), present when the code exchange's grant
 *                     has the {@code openid} scope; never issued on refresh
 */
public record IssuedTokens(String accessToken, Duration expiresIn, Optional<RefreshToken> refreshToken,
        ScopeSet scope, ResourceUri audience, Optional<String> idToken) {

    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(idToken, "idToken");
    }

    /** A response without an ID token. */
    public IssuedTokens(String accessToken, Duration expiresIn, Optional<RefreshToken> refreshToken, ScopeSet scope,
            ResourceUri audience) {
        this(accessToken, expiresIn, refreshToken, scope, audience, Optional.empty());
    }

    /** This response with {@code idToken} added. */
    public IssuedTokens withIdToken(String idToken) {
        return new IssuedTokens(accessToken, expiresIn, refreshToken, scope, audience, Optional.of(idToken));
    }

    @Override
    public String toString() {
        return "IssuedTokens[scope=" + scope + ", audience=" + audience + ", redacted]";
    }
}
