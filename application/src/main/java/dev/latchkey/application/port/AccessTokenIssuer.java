package dev.latchkey.application.port;

import dev.latchkey.domain.token.AccessTokenClaims;

/** Turns access token claims into a signed token (a JWT per RFC 9068). */
public interface AccessTokenIssuer {

    /** The signed, serialized access token. */
    String issue(AccessTokenClaims claims);
}
