package dev.latchkey.domain.authorization;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.validation.Require;
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
 * @param nonce             the client's OpenID Connect {@code nonce}, echoed in the ID token (OIDC Core
 *                          §3.1.2.1: "The value is passed through unmodified from the Authentication
 *                          Request to the ID Token"); see {@link #checkNonce}
 */
public record AuthorizationRequest(
        ClientId clientId,
        RedirectUri redirectUri,
        boolean redirectUriGiven,
        ScopeSet scope,
        ScopeSet ignoredScopes,
        Optional<String> state,
        CodeChallenge codeChallenge,
        ResourceUri resource,
        Optional<String> nonce) {

    /** The longest nonce kept; far above what clients send (a random string of some 20 to 64 characters). */
    public static final int NONCE_MAX_LENGTH = 512;

    public AuthorizationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ignoredScopes, "ignoredScopes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(nonce, "nonce");
        nonce.ifPresent(AuthorizationRequest::checkNonce);
    }

    /** A request without a nonce (a plain OAuth request, or an OpenID Connect one that sent none). */
    public AuthorizationRequest(ClientId clientId, RedirectUri redirectUri, boolean redirectUriGiven, ScopeSet scope,
            ScopeSet ignoredScopes, Optional<String> state, CodeChallenge codeChallenge, ResourceUri resource) {
        this(clientId, redirectUri, redirectUriGiven, scope, ignoredScopes, state, codeChallenge, resource,
                Optional.empty());
    }

    /**
     * Checks a nonce: OIDC Core §3.1.2.1 sets no syntax, so any non-empty printable ASCII string of at most
     * {@value #NONCE_MAX_LENGTH} characters is kept (it goes into a JWT and a database row unchanged).
     *
     * @return {@code nonce} unchanged
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static String checkNonce(String nonce) {
        Require.that(nonce != null && !nonce.isEmpty(), "nonce is empty");
        return Require.visibleAscii(nonce, "nonce", NONCE_MAX_LENGTH);
    }
}
