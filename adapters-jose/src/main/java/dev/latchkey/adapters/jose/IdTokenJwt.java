package dev.latchkey.adapters.jose;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.latchkey.domain.identity.IdTokenClaims;
import dev.latchkey.domain.identity.IdentityClaims;
import java.util.Date;

/** The ID token of OpenID Connect Core §2: claims to a JWT claims set. */
final class IdTokenJwt {

    /**
     * The {@code typ} header: {@code JWT}, as RFC 7519 §5.1 recommends, and distinct from access tokens'
     * {@code at+jwt}, so neither can pass for the other (RFC 8725 §3.11).
     */
    static final JOSEObjectType TYPE = JOSEObjectType.JWT;

    static final String AUTHORIZED_PARTY = "azp";
    static final String AUTH_TIME = "auth_time";
    static final String NONCE = "nonce";
    static final String EMAIL = "email";
    static final String EMAIL_VERIFIED = "email_verified";
    static final String NAME = "name";
    static final String PREFERRED_USERNAME = "preferred_username";

    private IdTokenJwt() {}

    static JWTClaimsSet claimsSet(IdTokenClaims claims) {
        IdentityClaims identity = claims.identity();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(claims.issuer().value())
                .subject(identity.subject().value())
                // OIDC Core §2: aud "MUST contain the OAuth 2.0 client_id of the Relying Party"; a single
                // audience is written as a string.
                .audience(claims.clientId().value())
                .claim(AUTHORIZED_PARTY, claims.clientId().value())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()));
        // auth_time is a NumericDate, a JSON number of seconds (OIDC Core §2).
        claims.authTime().ifPresent(at -> builder.claim(AUTH_TIME, at.getEpochSecond()));
        claims.nonce().ifPresent(nonce -> builder.claim(NONCE, nonce));
        identity.email().ifPresent(email -> builder.claim(EMAIL, email));
        identity.emailVerified().ifPresent(verified -> builder.claim(EMAIL_VERIFIED, verified));
        identity.name().ifPresent(name -> builder.claim(NAME, name));
        identity.preferredUsername().ifPresent(username -> builder.claim(PREFERRED_USERNAME, username.value()));
        return builder.build();
    }
}
