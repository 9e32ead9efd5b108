package dev.latchkey.application.port;

import dev.latchkey.domain.identity.IdTokenClaims;

/**
 * Turns ID token claims into a signed ID token (OIDC Core §2): a JWS with the same keys as access tokens,
 * header {@code typ: JWT}, so a client verifies it with the keys of the {@code jwks_uri}.
 */
public interface IdTokenIssuer {

    /** The signed, serialized ID token. */
    String issue(IdTokenClaims claims);
}
