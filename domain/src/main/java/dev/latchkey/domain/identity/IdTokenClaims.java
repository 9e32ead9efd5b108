package dev.latchkey.domain.identity;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.server.Issuer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of an ID token (OIDC Core §2), a JWT signed with the same keys as access tokens, with
 * header {@code typ: JWT}. Issued in the token response of the authorization code grant when the
 * granted scope contains {@code openid} (OIDC Core §3.1.3.3).
 *
 * @param issuer    {@code iss}: this server
 * @param identity  {@code sub} and the user claims the granted scopes release
 * @param clientId  the client it is for: both {@code aud} (OIDC Core §2: "It MUST contain the OAuth 2.0
 *                  client_id of the Relying Party as an audience value") and {@code azp}, the party the
 *                  token was issued to
 * @param issuedAt  {@code iat}
 * @param expiresAt {@code exp}: the access token's lifetime
 * @param authTime  {@code auth_time}: when the user signed in, if known
 * @param nonce     {@code nonce}: the one of the authorization request, unmodified, if it sent one
 */
public record IdTokenClaims(Issuer issuer, IdentityClaims identity, ClientId clientId, Instant issuedAt,
        Instant expiresAt, Optional<Instant> authTime, Optional<String> nonce) {

    public IdTokenClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(authTime, "authTime");
        Objects.requireNonNull(nonce, "nonce");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an ID token must expire after it is issued");
        }
    }
}
