package dev.latchkey.adapters.jose;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.latchkey.application.port.AccessTokenVerifier.AccessTokenCheck;
import dev.latchkey.application.port.AccessTokenVerifier.Invalid;
import dev.latchkey.application.port.AccessTokenVerifier.Valid;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.validation.Parsed;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The RFC 9068 JWT profile: access token claims to a JWT claims set and back. */
final class AccessTokenJwt {

    /** RFC 9068 §2.1: the {@code typ} header is {@code at+jwt}. */
    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");

    static final String CLIENT_ID = "client_id";
    static final String SCOPE = "scope";
    static final String ORG_ID = "org_id";
    static final String ORG_ROLE = "org_role";
    static final String GRANT_ID = "grant_id";

    /** 9999-12-31T23:59:59Z: any later NumericDate is junk, and bounding it keeps the conversion exact. */
    private static final long LATEST_NUMERIC_DATE = 253_402_300_799L;

    private AccessTokenJwt() {}

    /** RFC 9068 §4: "validate that the typ header value is at+jwt or application/at+jwt". */
    static boolean isAccessTokenType(JOSEObjectType type) {
        if (type == null) {
            return false;
        }
        String value = type.getType().toLowerCase(Locale.ROOT);
        return value.equals("at+jwt") || value.equals("application/at+jwt");
    }

    static JWTClaimsSet claimsSet(AccessTokenClaims claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(claims.issuer().value())
                .subject(claims.subject().value())
                .audience(claims.audience().value())
                .claim(CLIENT_ID, claims.clientId().value())
                .claim(SCOPE, claims.scope().asString())
                .claim(ORG_ID, claims.orgId().value());
        // A client_credentials token acts for the client itself: no grant, no role.
        claims.orgRole().ifPresent(role -> builder.claim(ORG_ROLE, role.wireName()));
        claims.grantId().ifPresent(grant -> builder.claim(GRANT_ID, grant.value()));
        return builder
                .jwtID(claims.jwtId())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .build();
    }

    /**
     * Reads the claims of a token whose signature has been checked, from the payload's JSON as written (a
     * claims-set parser would turn a numeric {@code sub} into a string). Every claim Latchkey issues is
     * required, of the JSON type it is issued with, and valid as its domain value; time is not checked.
     */
    static AccessTokenCheck read(Map<String, Object> json, Issuer issuer) {
        Optional<String> iss = string(json, "iss");
        if (iss.isEmpty()) {
            return missing("iss");
        }
        // RFC 9068 §4: the iss claim MUST exactly match the issuer identifier of the authorization server.
        if (!iss.get().equals(issuer.value())) {
            return new Invalid("the token was not issued by this server");
        }
        Optional<String> audience = singleAudience(json.get("aud"));
        if (audience.isEmpty()) {
            return new Invalid("the token's 'aud' claim is not a single resource");
        }
        Optional<Instant> issuedAt = numericDate(json, "iat");
        if (issuedAt.isEmpty()) {
            return missing("iat");
        }
        Optional<Instant> expiresAt = numericDate(json, "exp");
        if (expiresAt.isEmpty()) {
            return missing("exp");
        }
        Optional<String> jti = string(json, "jti");
        if (jti.isEmpty() || jti.get().isEmpty()) {
            return missing("jti");
        }
        Parsed<UserId> subject = parse(json, "sub", UserId::new);
        Parsed<ResourceUri> resource = Parsed.of(audience.get(), ResourceUri::new);
        Parsed<ClientId> clientId = parse(json, CLIENT_ID, ClientId::new);
        Parsed<ScopeSet> scope = parse(json, SCOPE, ScopeSet::parse);
        Parsed<OrgId> orgId = parse(json, ORG_ID, OrgId::new);
        Parsed<Role> orgRole = parse(json, ORG_ROLE,
                name -> Role.fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown role")));
        Parsed<GrantId> grantId = parse(json, GRANT_ID, GrantId::new);
        if (!subject.isValid()) {
            return missing("sub");
        }
        if (!resource.isValid()) {
            return missing("aud");
        }
        if (!clientId.isValid()) {
            return missing(CLIENT_ID);
        }
        if (!scope.isValid()) {
            return missing(SCOPE);
        }
        if (!orgId.isValid()) {
            return missing(ORG_ID);
        }
        // Both present (a user's token, through a grant) or both absent (a client_credentials token).
        boolean actsForUser = json.containsKey(ORG_ROLE) || json.containsKey(GRANT_ID);
        if (actsForUser && !orgRole.isValid()) {
            return missing(ORG_ROLE);
        }
        if (actsForUser && !grantId.isValid()) {
            return missing(GRANT_ID);
        }
        if (!expiresAt.get().isAfter(issuedAt.get())) {
            return new Invalid("the token expires before it is issued");
        }
        return new Valid(new AccessTokenClaims(issuer, subject.orElseThrow(), resource.orElseThrow(),
                clientId.orElseThrow(), scope.orElseThrow(), orgId.orElseThrow(),
                actsForUser ? Optional.of(orgRole.orElseThrow()) : Optional.empty(),
                actsForUser ? Optional.of(grantId.orElseThrow()) : Optional.empty(), jti.get(), issuedAt.get(),
                expiresAt.get()));
    }

    /** RFC 7519 §4.1.3: {@code aud} is a string or an array of strings; Latchkey's tokens have exactly one. */
    private static Optional<String> singleAudience(Object aud) {
        if (aud instanceof String single) {
            return Optional.of(single);
        }
        if (aud instanceof List<?> list && list.size() == 1 && list.getFirst() instanceof String single) {
            return Optional.of(single);
        }
        return Optional.empty();
    }

    /** RFC 7519 §2 NumericDate: seconds since the epoch, fractions allowed and dropped here. */
    private static Optional<Instant> numericDate(Map<String, Object> json, String name) {
        if (!(json.get(name) instanceof Number number)) {
            return Optional.empty();
        }
        double seconds = number.doubleValue();
        if (!(seconds >= 0 && seconds <= LATEST_NUMERIC_DATE)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(number.longValue()));
    }

    private static Optional<String> string(Map<String, Object> json, String name) {
        return json.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    private static <T> Parsed<T> parse(Map<String, Object> json, String name, Function<String, T> factory) {
        return string(json, name)
                .map(value -> Parsed.of(value, factory))
                .orElseGet(() -> new Parsed.Invalid<>(name + " is missing"));
    }

    private static Invalid missing(String claim) {
        return new Invalid("the token has no valid '" + claim + "' claim");
    }
}
