package dev.latchkey.adapters.jose;

import static dev.latchkey.adapters.jose.AccessTokenFixtures.ISSUED_AT;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.application.port.AccessTokenVerifier.Invalid;
import dev.latchkey.application.port.SigningKeys.PublicSigningKey;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.identity.IdTokenClaims;
import dev.latchkey.domain.identity.IdentityClaims;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OpenID Connect ID tokens (OIDC Core §2): signed with the server's current key under {@code typ: JWT},
 * verifiable with the published JWKS as a client does it, carrying exactly the claims given.
 */
class IdTokensTest {

    @TempDir
    Path dataDir;

    private static final ClientId CLIENT = new ClientId("client-7f3a");

    private static IdTokenClaims everyClaim() {
        return new IdTokenClaims(ISSUER,
                new IdentityClaims(new UserId("0b6f9a52-6c1e-4d38-9d7e-4b3a1f1c2d3e"), Optional.of("alice@example.com"),
                        Optional.of("Alice Liddell"), Optional.of(new Username("alice"))),
                CLIENT, ISSUED_AT, ISSUED_AT.plus(Duration.ofHours(1)), Optional.of(ISSUED_AT.minusSeconds(95)),
                Optional.of("n-0S6_WzA2Mj"));
    }

    private static IdTokenClaims onlyRequiredClaims() {
        return new IdTokenClaims(ISSUER, new IdentityClaims(new UserId("user-2"), Optional.empty(), Optional.empty(),
                Optional.empty()), CLIENT, ISSUED_AT, ISSUED_AT.plus(Duration.ofHours(1)), Optional.empty(),
                Optional.empty());
    }

    /** Verifies {@code token} as a relying party does: with the key of the JWKS its {@code kid} names. */
    private static boolean verifiesWithPublishedKey(String token, List<PublicSigningKey> published)
            throws ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        PublicSigningKey key = published.stream()
                .filter(candidate -> candidate.keyId().equals(jwt.getHeader().getKeyID()))
                .findFirst().orElseThrow();
        JWK jwk = JWK.parse(new HashMap<String, Object>(key.members()));
        assertThat(jwk.isPrivate()).isFalse();
        JWSVerifier verifier = jwk instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier(jwk.toRSAKey());
        return jwt.verify(verifier);
    }

    private static Map<String, Object> payload(String token) throws ParseException {
        return JSONObjectUtils.parse(SignedJWT.parse(token).getPayload().toString());
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void issueWhenEitherAlgorithmThenTypJwtCurrentKeyAndSignatureVerifiesWithTheJwks(SigningAlgorithm algorithm)
            throws Exception {
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, algorithm);

        String idToken = tokens.issue(everyClaim());

        SignedJWT jwt = SignedJWT.parse(idToken);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo(algorithm.name());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(tokens.published().getFirst().keyId());
        assertThat(verifiesWithPublishedKey(idToken, tokens.published())).isTrue();
    }

    @Test
    void issueWhenEveryClaimGivenThenPayloadHoldsTheOidcClaimsWithTheirJsonTypes() throws Exception {
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);

        Map<String, Object> claims = payload(tokens.issue(everyClaim()));

        assertThat(claims).containsOnlyKeys("iss", "sub", "aud", "azp", "iat", "exp", "auth_time", "nonce", "email",
                "email_verified", "name", "preferred_username");
        assertThat(claims.get("iss")).isEqualTo(ISSUER.value());
        assertThat(claims.get("sub")).isEqualTo("0b6f9a52-6c1e-4d38-9d7e-4b3a1f1c2d3e");
        assertThat(claims.get("aud")).isEqualTo("client-7f3a");
        assertThat(claims.get("azp")).isEqualTo("client-7f3a");
        assertThat(((Number) claims.get("iat")).longValue()).isEqualTo(ISSUED_AT.getEpochSecond());
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(ISSUED_AT.getEpochSecond() + 3600);
        assertThat(((Number) claims.get("auth_time")).longValue()).isEqualTo(ISSUED_AT.getEpochSecond() - 95);
        assertThat(claims.get("nonce")).isEqualTo("n-0S6_WzA2Mj");
        assertThat(claims.get("email")).isEqualTo("alice@example.com");
        assertThat(claims.get("email_verified")).isEqualTo(false);
        assertThat(claims.get("name")).isEqualTo("Alice Liddell");
        assertThat(claims.get("preferred_username")).isEqualTo("alice");
    }

    @Test
    void issueWhenNoOptionalClaimThenTheyAreOmittedNotNull() throws Exception {
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);

        Map<String, Object> claims = payload(tokens.issue(onlyRequiredClaims()));

        assertThat(claims).containsOnlyKeys("iss", "sub", "aud", "azp", "iat", "exp");
    }

    @Test
    void verifyWhenGivenAnIdTokenThenRefusedAsAnAccessToken() {
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);

        assertThat(tokens.verify(tokens.issue(everyClaim()))).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("at+jwt"));
    }

    @Test
    void issueWhenClaimsNameAnotherIssuerThenRefused() {
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        IdTokenClaims claims = everyClaim();
        IdTokenClaims foreign = new IdTokenClaims(new Issuer("https://other.example.com"), claims.identity(),
                claims.clientId(), claims.issuedAt(), claims.expiresAt(), claims.authTime(), claims.nonce());

        assertThatIllegalArgumentException().isThrownBy(() -> tokens.issue(foreign));
    }

    @Test
    void issueWhenKeysRotatedToAnotherAlgorithmThenSignsWithTheNewCurrentKeyAndOldKeysStayPublished(
            @TempDir Path otherDataDir) throws Exception {
        JoseTokens.loadOrCreate(otherDataDir, ISSUER, SigningAlgorithm.ES256);
        JoseTokens rotated = JoseTokens.loadOrCreate(otherDataDir, ISSUER, SigningAlgorithm.RS256);

        String idToken = rotated.issue(everyClaim());

        assertThat(rotated.published()).hasSize(2);
        assertThat(SignedJWT.parse(idToken).getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(verifiesWithPublishedKey(idToken, rotated.published())).isTrue();
        assertThat(Instant.ofEpochSecond(((Number) payload(idToken).get("exp")).longValue()))
                .isEqualTo(ISSUED_AT.plus(Duration.ofHours(1)));
    }
}
