package dev.latchkey.adapters.jose;

import static dev.latchkey.adapters.jose.AccessTokenFixtures.ISSUER;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.aClaimsSet;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.aClientCredentialsToken;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.anAccessToken;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.keyFiles;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.application.port.AccessTokenVerifier.AccessTokenCheck;
import dev.latchkey.application.port.AccessTokenVerifier.Invalid;
import dev.latchkey.application.port.AccessTokenVerifier.Valid;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9068 access tokens: what {@code issue} writes and everything {@code verify} refuses. */
class JoseTokensTest {

    @TempDir
    Path dataDir;

    private JoseTokens tokens;
    private JWK serverKey;

    @BeforeEach
    void loadEs256Keys() {
        tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        serverKey = keyFiles(dataDir).getFirst();
    }

    private JWSHeader.Builder accessTokenHeader() {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("at+jwt")).keyID(serverKey.getKeyID());
    }

    private String signedByServer(JWTClaimsSet claims) {
        return sign(serverKey, accessTokenHeader().build(), claims);
    }

    /** Signs the JSON exactly as given: Nimbus' claims-set builder would refuse or rewrite wrong types. */
    private String signedByServer(Map<String, Object> claims) {
        return signedByServer(JSONObjectUtils.toJSONString(claims));
    }

    private String signedByServer(String payload) {
        try {
            JWSObject jws = new JWSObject(accessTokenHeader().build(), new Payload(payload));
            jws.sign(new ECDSASigner(serverKey.toECKey()));
            return jws.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static String reasonOf(AccessTokenCheck check) {
        assertThat(check).isInstanceOf(Invalid.class);
        return ((Invalid) check).reason();
    }

    // --- issue -> verify ---

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void issueThenVerifyWhenSignedWithEitherAlgorithmThenEveryClaimComesBack(SigningAlgorithm algorithm,
            @TempDir Path otherDataDir) {
        JoseTokens server = JoseTokens.loadOrCreate(otherDataDir, ISSUER, algorithm);
        AccessTokenClaims claims = anAccessToken();

        AccessTokenCheck check = server.verify(server.issue(claims));

        assertThat(check).isInstanceOf(Valid.class);
        AccessTokenClaims read = ((Valid) check).claims();
        assertThat(read.issuer()).isEqualTo(claims.issuer());
        assertThat(read.subject()).isEqualTo(claims.subject());
        assertThat(read.audience()).isEqualTo(claims.audience());
        assertThat(read.clientId()).isEqualTo(claims.clientId());
        assertThat(read.scope().asString()).isEqualTo(claims.scope().asString());
        assertThat(read.orgId()).isEqualTo(claims.orgId());
        assertThat(read.orgRole()).isEqualTo(claims.orgRole());
        assertThat(read.grantId()).isEqualTo(claims.grantId());
        assertThat(read.jwtId()).isEqualTo(claims.jwtId());
        assertThat(read.issuedAt()).isEqualTo(claims.issuedAt());
        assertThat(read.expiresAt()).isEqualTo(claims.expiresAt());
        assertThat(read).isEqualTo(claims);
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void issueThenVerifyWhenAClientCredentialsTokenThenEveryClaimComesBackWithoutRoleOrGrant(
            SigningAlgorithm algorithm, @TempDir Path otherDataDir) {
        JoseTokens server = JoseTokens.loadOrCreate(otherDataDir, ISSUER, algorithm);
        AccessTokenClaims claims = aClientCredentialsToken();

        AccessTokenCheck check = server.verify(server.issue(claims));

        assertThat(check).isInstanceOf(Valid.class);
        AccessTokenClaims read = ((Valid) check).claims();
        assertThat(read).isEqualTo(claims);
        assertThat(read.isClientCredentials()).isTrue();
        assertThat(read.orgRole()).isEmpty();
        assertThat(read.grantId()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void issueWhenCalledThenHeaderIsAtJwtWithTheCurrentKeysAlgAndKid(SigningAlgorithm algorithm,
            @TempDir Path otherDataDir) throws Exception {
        JoseTokens server = JoseTokens.loadOrCreate(otherDataDir, ISSUER, algorithm);

        SignedJWT jwt = SignedJWT.parse(server.issue(anAccessToken()));

        // RFC 9068 §2.1: resource servers tell access tokens from other JWTs by typ at+jwt.
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo(algorithm.name());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(server.published().getFirst().keyId());
        assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("typ", "alg", "kid");
    }

    @Test
    void issueWhenCalledThenPayloadHasRfc9068ClaimsWithTheirJsonTypes() throws Exception {
        String token = tokens.issue(anAccessToken());

        String payload = new Base64URL(token.split("\\.")[1]).decodeToString();
        Map<String, Object> json = JSONObjectUtils.parse(payload);

        assertThat(json).containsOnlyKeys("iss", "sub", "aud", "client_id", "scope", "org_id", "org_role",
                "grant_id", "jti", "iat", "exp");
        assertThat(json.get("iss")).isEqualTo("https://auth.example.com");
        assertThat(json.get("sub")).isEqualTo("0b6f9a52-6c1e-4d38-9d7e-4b3a1f1c2d3e");
        // A single resource: aud is a string, not an array.
        assertThat(json.get("aud")).isEqualTo("https://mcp.example.com/mcp");
        assertThat(json.get("client_id")).isEqualTo("client-7f3a");
        assertThat(json.get("scope")).isEqualTo("mcp:use offline_access files:read");
        assertThat(json.get("org_id")).isEqualTo("org-acme");
        assertThat(json.get("org_role")).isEqualTo("admin");
        assertThat(json.get("grant_id")).isEqualTo("grant-42");
        assertThat(json.get("jti")).isEqualTo("jti-5b1d");
        assertThat(((Number) json.get("iat")).longValue()).isEqualTo(AccessTokenFixtures.ISSUED_AT.getEpochSecond());
        assertThat(((Number) json.get("exp")).longValue())
                .isEqualTo(AccessTokenFixtures.ISSUED_AT.getEpochSecond() + 300);
    }

    @Test
    void issueWhenAClientCredentialsTokenThenThePayloadHasNeitherOrgRoleNorGrantId() throws Exception {
        String token = tokens.issue(aClientCredentialsToken());

        Map<String, Object> json = JSONObjectUtils.parse(new Base64URL(token.split("\\.")[1]).decodeToString());

        assertThat(json).containsOnlyKeys("iss", "sub", "aud", "client_id", "scope", "org_id", "jti", "iat", "exp");
        assertThat(json.get("sub")).isEqualTo("service-client-9c2e");
        assertThat(json.get("client_id")).isEqualTo("service-client-9c2e");
        assertThat(json.get("org_id")).isEqualTo("org-acme");
    }

    @Test
    void issueWhenInstantsHaveFractionsOfSecondsThenNumericDatesKeepWholeSeconds() {
        AccessTokenClaims base = anAccessToken();
        AccessTokenClaims claims = new AccessTokenClaims(base.issuer(), base.subject(), base.audience(),
                base.clientId(), base.scope(), base.orgId(), base.orgRole(), base.grantId(), base.jwtId(),
                Instant.parse("2025-03-01T10:15:30.750Z"), Instant.parse("2025-03-01T10:20:30.750Z"));

        AccessTokenClaims read = ((Valid) tokens.verify(tokens.issue(claims))).claims();

        assertThat(read.issuedAt()).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
        assertThat(read.expiresAt()).isEqualTo(Instant.parse("2025-03-01T10:20:30Z"));
    }

    @Test
    void issueWhenClaimsNameAnotherIssuerThenRefusesToSign() {
        AccessTokenClaims base = anAccessToken();
        AccessTokenClaims foreign = new AccessTokenClaims(new Issuer("https://other.example.com"), base.subject(),
                base.audience(), base.clientId(), base.scope(), base.orgId(), base.orgRole(), base.grantId(),
                base.jwtId(), base.issuedAt(), base.expiresAt());

        assertThatThrownBy(() -> tokens.issue(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issueWhenTwoTokensThenEachSignatureIsFresh() {
        // ECDSA signatures are randomised: the same claims never give the same token twice.
        assertThat(tokens.issue(anAccessToken())).isNotEqualTo(tokens.issue(anAccessToken()));
    }

    // --- verify: what is accepted ---

    @Test
    void verifyWhenTokenExpiredLongAgoThenStillValidBecauseTimeIsTheCallersCheck() {
        AccessTokenClaims base = anAccessToken();
        AccessTokenClaims old = new AccessTokenClaims(base.issuer(), base.subject(), base.audience(),
                base.clientId(), base.scope(), base.orgId(), base.orgRole(), base.grantId(), base.jwtId(),
                Instant.parse("2001-01-01T00:00:00Z"), Instant.parse("2001-01-01T00:05:00Z"));

        AccessTokenCheck check = tokens.verify(tokens.issue(old));

        assertThat(check).isInstanceOf(Valid.class);
        assertThat(((Valid) check).claims().expiresAt()).isEqualTo(Instant.parse("2001-01-01T00:05:00Z"));
    }

    @Test
    void verifyWhenAudIsAOneElementArrayThenValid() {
        Map<String, Object> json = aClaimsSet().toJSONObject();
        json.put("aud", List.of("https://mcp.example.com/mcp"));
        String token = signedByServer(json);
        assertThat(new Base64URL(token.split("\\.")[1]).decodeToString()).contains("\"aud\":[\"https://mcp.example.com/mcp\"]");

        AccessTokenCheck check = tokens.verify(token);

        assertThat(check).isInstanceOf(Valid.class);
        assertThat(((Valid) check).claims()).isEqualTo(anAccessToken());
    }

    @Test
    void verifyWhenTypIsApplicationAtJwtThenValid() {
        // RFC 9068 §4: "typ header value is at+jwt or application/at+jwt".
        String token = sign(serverKey, accessTokenHeader().type(new JOSEObjectType("application/at+jwt")).build(),
                aClaimsSet());

        assertThat(tokens.verify(token)).isInstanceOf(Valid.class);
    }

    // --- verify: refusals ---

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "jwt", "at+jwt+x", "application/jwt"})
    void verifyWhenTypIsNotAtJwtThenInvalid(String type) {
        String token = sign(serverKey, accessTokenHeader().type(new JOSEObjectType(type)).build(), aClaimsSet());

        assertThat(reasonOf(tokens.verify(token))).contains("typ");
    }

    @Test
    void verifyWhenTypIsAbsentThenInvalid() {
        String token = sign(serverKey, accessTokenHeader().type(null).build(), aClaimsSet());

        assertThat(reasonOf(tokens.verify(token))).contains("typ");
    }

    @Test
    void verifyWhenAlgIsNoneThenInvalid() {
        PlainHeader header = new PlainHeader.Builder().type(new JOSEObjectType("at+jwt"))
                .customParam("kid", serverKey.getKeyID()).build();
        String unsecured = new PlainJWT(header, aClaimsSet()).serialize();

        assertThat(reasonOf(tokens.verify(unsecured))).isEqualTo("the token is not a signed JWT");
        // The same with a signature part glued on, from a token the server really signed.
        String signature = tokens.issue(anAccessToken()).split("\\.")[2];
        assertThat(tokens.verify(unsecured + signature)).isInstanceOf(Invalid.class);
    }

    @Test
    void verifyWhenKidIsUnknownThenInvalid() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        String token = sign(stranger, accessTokenHeader().keyID(stranger.getKeyID()).build(), aClaimsSet());

        assertThat(reasonOf(tokens.verify(token))).isEqualTo("the token was signed with an unknown key");
    }

    @Test
    void verifyWhenKidIsAbsentThenInvalid() {
        String token = sign(serverKey, accessTokenHeader().keyID(null).build(), aClaimsSet());

        assertThat(reasonOf(tokens.verify(token))).isEqualTo("the token does not name its signing key");
    }

    @Test
    void verifyWhenAnotherKeyClaimsTheServersKidThenInvalid() throws Exception {
        ECKey impostor = new ECKeyGenerator(Curve.P_256).generate();
        String token = sign(impostor, accessTokenHeader().build(), aClaimsSet());

        assertThat(reasonOf(tokens.verify(token))).isEqualTo("the token's signature is not valid");
    }

    @Test
    void verifyWhenAlgIsNotTheAlgOfTheNamedKeyThenInvalid() throws Exception {
        JWK rsa = new RSAKeyGenerator(2048).generate();
        String token = sign(rsa, new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt"))
                .keyID(serverKey.getKeyID()).build(), aClaimsSet());

        assertThat(reasonOf(tokens.verify(token))).isEqualTo("the token's alg does not match its signing key");
    }

    @Test
    void verifyWhenHmacSignedWithThePublicKeyAsSecretThenInvalid() throws Exception {
        // The classic algorithm confusion: HS256 keyed with the published key's bytes.
        byte[] publicKeyBytes = serverKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(serverKey.getKeyID()).build(), aClaimsSet());
        jwt.sign(new MACSigner(publicKeyBytes));

        assertThat(reasonOf(tokens.verify(jwt.serialize()))).isEqualTo("the token's alg does not match its signing key");
    }

    @Test
    void verifyWhenPayloadIsTamperedThenInvalid() throws Exception {
        String[] parts = tokens.issue(anAccessToken()).split("\\.");
        Map<String, Object> payload = JSONObjectUtils.parse(new Base64URL(parts[1]).decodeToString());
        payload.put("org_role", "owner");
        String tampered = parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(payload)) + "." + parts[2];

        assertThat(reasonOf(tokens.verify(tampered))).isEqualTo("the token's signature is not valid");
    }

    @Test
    void verifyWhenHeaderIsTamperedThenInvalid() {
        String[] parts = tokens.issue(anAccessToken()).split("\\.");
        String header = accessTokenHeader().customParam("x", "y").build().toBase64URL().toString();

        assertThat(reasonOf(tokens.verify(header + "." + parts[1] + "." + parts[2])))
                .isEqualTo("the token's signature is not valid");
    }

    @Test
    void verifyWhenIssuedByAnotherIssuerThenInvalid() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(aClaimsSet()).issuer("https://evil.example.com").build();

        assertThat(reasonOf(tokens.verify(signedByServer(claims)))).isEqualTo("the token was not issued by this server");
    }

    @Test
    void verifyWhenIssuerDiffersOnlyByTrailingSlashThenInvalid() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(aClaimsSet()).issuer("https://auth.example.com/").build();

        assertThat(reasonOf(tokens.verify(signedByServer(claims)))).isEqualTo("the token was not issued by this server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "sub", "aud", "client_id", "scope", "org_id", "org_role", "grant_id", "jti", "iat",
            "exp"})
    void verifyWhenARequiredClaimIsMissingThenInvalid(String claim) {
        Map<String, Object> json = aClaimsSet().toJSONObject();
        json.remove(claim);

        AccessTokenCheck check = tokens.verify(signedByServer(json));

        assertThat(reasonOf(check)).contains("'" + claim + "'");
    }

    // org_role and grant_id: both (a user's token, through a grant) or neither (a client_credentials token).

    @Test
    void verifyWhenNeitherOrgRoleNorGrantIdThenValidAsAClientCredentialsToken() {
        Map<String, Object> json = aClaimsSet().toJSONObject();
        json.remove("org_role");
        json.remove("grant_id");

        AccessTokenCheck check = tokens.verify(signedByServer(json));

        assertThat(check).isInstanceOf(Valid.class);
        assertThat(((Valid) check).claims().isClientCredentials()).isTrue();
    }

    @Test
    void verifyWhenAClientCredentialsTokenGainsOnlyAnOrgRoleThenInvalid() {
        Map<String, Object> json = AccessTokenJwt.claimsSet(aClientCredentialsToken()).toJSONObject();
        json.put("org_role", "owner");

        assertThat(reasonOf(tokens.verify(signedByServer(json)))).contains("'grant_id'");
    }

    @Test
    void verifyWhenAClientCredentialsTokenGainsOnlyAGrantIdThenInvalid() {
        Map<String, Object> json = AccessTokenJwt.claimsSet(aClientCredentialsToken()).toJSONObject();
        json.put("grant_id", "grant-42");

        assertThat(reasonOf(tokens.verify(signedByServer(json)))).contains("'org_role'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"org_role", "grant_id"})
    void verifyWhenOneOfOrgRoleAndGrantIdIsNullThenInvalid(String claim) {
        Map<String, Object> json = aClaimsSet().toJSONObject();
        json.put(claim, null);

        assertThat(reasonOf(tokens.verify(signedByServer(json)))).contains("'" + claim + "'");
    }

    static Stream<Arguments> claimsOfTheWrongTypeOrValue() {
        return Stream.of(
                Arguments.of("sub", 42),
                Arguments.of("sub", ""),
                Arguments.of("aud", List.of("https://mcp.example.com/mcp", "https://other.example.com")),
                Arguments.of("aud", List.of()),
                Arguments.of("aud", "https://MCP.example.com/mcp/"),
                Arguments.of("aud", "urn:example:mcp"),
                Arguments.of("client_id", 7),
                Arguments.of("client_id", "tab\tinside"),
                Arguments.of("scope", List.of("mcp:use")),
                Arguments.of("scope", "mcp:use bad\"scope"),
                Arguments.of("org_id", true),
                Arguments.of("org_role", "superuser"),
                Arguments.of("org_role", "ADMIN"),
                Arguments.of("grant_id", Map.of("id", "grant-42")),
                Arguments.of("jti", ""),
                Arguments.of("iss", List.of("https://auth.example.com")),
                Arguments.of("iat", -1),
                Arguments.of("exp", 1e300),
                Arguments.of("exp", true),
                Arguments.of("exp", AccessTokenFixtures.ISSUED_AT.getEpochSecond()),
                Arguments.of("exp", AccessTokenFixtures.ISSUED_AT.getEpochSecond() - 1));
    }

    @ParameterizedTest
    @MethodSource("claimsOfTheWrongTypeOrValue")
    void verifyWhenAClaimHasTheWrongTypeOrAnInvalidValueThenInvalid(String claim, Object value) {
        Map<String, Object> json = aClaimsSet().toJSONObject();
        json.put(claim, value);

        assertThat(tokens.verify(signedByServer(json))).isInstanceOf(Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iat", "exp"})
    void verifyWhenANumericDateIsAStringThenInvalid(String claim) {
        Map<String, Object> json = aClaimsSet().toJSONObject();
        json.put(claim, "1740824130");

        assertThat(tokens.verify(signedByServer(json))).isInstanceOf(Invalid.class);
    }

    @Test
    void verifyWhenPayloadIsNotJsonThenInvalid() {
        assertThat(reasonOf(tokens.verify(signedByServer("not json"))))
                .isEqualTo("the token's payload is not a JWT claims set");
    }

    @Test
    void verifyWhenAnUnknownCriticalHeaderIsPresentThenInvalid() {
        JWSHeader header = accessTokenHeader().customParam("exp-policy", "strict")
                .criticalParams(Set.of("exp-policy")).build();

        assertThat(tokens.verify(sign(serverKey, header, aClaimsSet()))).isInstanceOf(Invalid.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "a.b", "a.b.c", "...", "a.b.c.d", "a.b.c.d.e", "eyJhbGciOiJFUzI1NiJ9.e30",
            "eyJhbGciOiJFUzI1NiJ9..", "bm90IGpzb24.e30.c2ln", "Bearer eyJhbGciOiJFUzI1NiJ9.e30.c2ln", "%%%.%%%.%%%",
            "eyJ0eXAiOiJhdCtqd3QiLCJhbGciOiJFUzI1NiIsImtpZCI6MTJ9.e30.c2ln"})
    void verifyWhenTokenIsMalformedThenInvalid(String token) {
        assertThat(tokens.verify(token)).isInstanceOf(Invalid.class);
    }

    @Test
    void verifyWhenTokenIsJweShapedThenInvalid() {
        String jweHeader = Base64URL.encode("{\"alg\":\"dir\",\"enc\":\"A128GCM\",\"typ\":\"at+jwt\"}").toString();

        assertThat(reasonOf(tokens.verify(jweHeader + "..aXY.Y2lwaGVy.dGFn"))).isEqualTo("the token is not a signed JWT");
    }

    @Test
    void verifyWhenTokenIsLongerThanTheLimitThenInvalidWithoutParsing() {
        String huge = tokens.issue(anAccessToken()) + "A".repeat(JoseTokens.MAXIMUM_TOKEN_LENGTH);

        assertThat(reasonOf(tokens.verify(huge))).isEqualTo("the token is too long");
    }

    @Test
    void verifyWhenAValidTokenIsTruncatedOrMutatedAnywhereThenRefusesWithoutReachingTheLastResort() {
        String token = tokens.issue(anAccessToken());
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            variants.add(token.substring(0, i));
            char replaced = token.charAt(i) == 'A' ? 'B' : 'A';
            variants.add(token.substring(0, i) + replaced + token.substring(i + 1));
            variants.add(token.substring(0, i) + "." + token.substring(i));
        }

        int stillValid = 0;
        for (String variant : variants) {
            AccessTokenCheck check = tokens.verify(variant);
            if (check instanceof Invalid invalid) {
                assertThat(invalid.reason()).as(variant).isNotEqualTo("the token could not be read");
            } else {
                assertThat(((Valid) check).claims()).as(variant).isEqualTo(anAccessToken());
                stillValid++;
            }
        }
        // Only a change in the unused low bits of the signature's last base64url character can still verify.
        assertThat(stillValid).isLessThanOrEqualTo(1);
    }
}
