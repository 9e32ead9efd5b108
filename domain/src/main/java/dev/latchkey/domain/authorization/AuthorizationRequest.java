package dev.latchkey.domain.authorization;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import java.util.Objects;
import java.util.Optional;

/**
 * An authorization request that passed every check of RFC 6749 §4.1.1, RFC 7636 and RFC 8707 and now
 * waits for the user's decision.
 *
 * @param clientId          the client asking
 * @param redirectUri       where the answer goes (the URI the client sent, or its only registered one)
 * @param redirectUriGiven  whether the client sent {@code redirect_uri}; if so the token request must
 *                          repeat it (RFC 6749 §4.1.3)
 * @param scope             the scopes that will be granted if the user agrees
 * @param ignoredScopes     scopes the client asked for that this server does not know (dropped)
 * @param state             the client's opaque state, echoed back
 * @param codeChallenge     the PKCE S256 challenge
 * @param resource          the protected resource the token will be for (its {@code aud})
 */
public record AuthorizationRequest(
        ClientId clientId,
        RedirectUri redirectUri,
        boolean redirectUriGiven,
        ScopeSet scope,
        ScopeSet ignoredScopes,
        Optional<String> state,
        CodeChallenge codeChallenge,
        ResourceUri resource) {

    public AuthorizationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ignoredScopes, "ignoredScopes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(resource, "resource");
    }
}
