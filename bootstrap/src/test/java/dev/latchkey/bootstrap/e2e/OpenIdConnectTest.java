package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.adapters.jose.SigningAlgorithm;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.Username;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OpenID Connect basics over real HTTP against the whole server: discovery lists the UserInfo endpoint and
 * the OIDC members; an authorization with {@code scope=openid profile email mcp:use} and a nonce gives an ID
 * token signed with a key of {@code /jwks.json} (OIDC Core §3.1.3.7 validation as a relying party does it),
 * and the access token opens {@code /oauth/userinfo}; without {@code openid} there is no ID token and the
 * UserInfo endpoint answers 403 {@code insufficient_scope}.
 */
class OpenIdConnectTest {

    private static final String NONCE = "n-0S6_WzA2Mj-e2e";

    @TempDir
    Path dataDir;

    TestServer server;
    OAuthFlow flow;
    OAuthFlow.RegisteredClient client;

    void start(SigningAlgorithm algorithm) {
        server = TestServer.start(dataDir, algorithm);
        AddUser.Result added = server.admin(parts -> parts.addUser().add(new AddUser.Command(new Username("alice"),
                new Password(TestServer.PASSWORD), new OrgName("home"), Optional.of(Role.OWNER),
                Optional.of("alice@example.com"), Optional.of("Alice Liddell"))));
        assertThat(added).isInstanceOf(AddUser.Added.class);
        server.addResource("notes", server.resourceUrl());
        flow = new OAuthFlow(server);
        client = flow.registerPublicClient();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The token response of a whole flow as alice with {@code scope} (and {@code nonce} when not null). */
    private JsonNode tokens(String scope, String nonce) {
        OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();
        Map<String, String> parameters = flow.authorizeParameters(client.clientId(), pkce, "st");
        parameters.put("scope", scope);
        if (nonce != null) {
            parameters.put("nonce", nonce);
        }
        String consentPage = flow.signInOrConsent(flow.startAuthorization(parameters));
        String callback = flow.decide(consentPage, "home", "allow");
        HttpResponse<String> response = flow.exchangeCode(client, Browser.queryOf(callback).get("code"), pkce);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Browser.json(response);
    }

    private HttpResponse<String> userInfo(String method, Optional<String> accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/oauth/userinfo")))
                .header("Origin", "https://inspector.example");
        accessToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        request.method(method, method.equals("POST")
                ? HttpRequest.BodyPublishers.ofString("") : HttpRequest.BodyPublishers.noBody());
        return flow.browser.send(request.build());
    }

    /** Verifies {@code idToken} with the key of the published JWKS its {@code kid} names. */
    private boolean verifiesWithTheJwks(SignedJWT idToken) throws Exception {
        JWKSet keys = JWKSet.parse(flow.browser.get(server.url("/jwks.json")).body());
        JWK key = keys.getKeyByKeyId(idToken.getHeader().getKeyID());
        assertThat(key).as("the ID token's kid names a published key").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        JWSVerifier verifier = key instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier(key.toRSAKey());
        return idToken.verify(verifier);
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void codeFlowWhenOpenIdProfileEmailAndNonceThenIdTokenVerifiesWithTheJwksAndCarriesTheRightClaims(
            SigningAlgorithm algorithm) throws Exception {
        start(algorithm);
        Instant before = server.clock.instant().truncatedTo(ChronoUnit.SECONDS);

        JsonNode tokens = tokens("openid profile email mcp:use", NONCE);

        assertThat(tokens.get("scope").asText()).isEqualTo("openid profile email mcp:use");
        assertThat(tokens.has("id_token")).as(tokens.toString()).isTrue();
        SignedJWT idToken = SignedJWT.parse(tokens.get("id_token").asText());
        assertThat(idToken.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(idToken.getHeader().getAlgorithm().getName()).isEqualTo(algorithm.name());
        assertThat(verifiesWithTheJwks(idToken)).isTrue();

        // OIDC Core §3.1.3.7: iss is the issuer, aud contains the client_id, azp is the client, nonce echoed.
        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(server.base);
        assertThat(claims.getAudience()).containsExactly(client.clientId());
        assertThat(claims.getStringClaim("azp")).isEqualTo(client.clientId());
        assertThat(claims.getStringClaim("nonce")).isEqualTo(NONCE);
        assertThat(claims.getSubject()).isNotBlank();
        assertThat(claims.getSubject()).isEqualTo(OAuthFlow.jwtPayload(tokens.get("access_token").asText())
                .get("sub").asText());
        Instant issuedAt = claims.getIssueTime().toInstant();
        assertThat(issuedAt).isAfterOrEqualTo(before);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(issuedAt.plusSeconds(3600));
        Instant authTime = Instant.ofEpochSecond(claims.getLongClaim("auth_time"));
        assertThat(authTime).isAfterOrEqualTo(before).isBeforeOrEqualTo(issuedAt);
        assertThat(claims.getStringClaim("email")).isEqualTo("alice@example.com");
        assertThat(claims.getBooleanClaim("email_verified")).isFalse();
        assertThat(claims.getStringClaim("name")).isEqualTo("Alice Liddell");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("alice");

        // An ID token is no access token (typ JWT, not at+jwt): the UserInfo endpoint refuses it.
        HttpResponse<String> withIdToken = userInfo("GET", Optional.of(tokens.get("id_token").asText()));
        assertThat(withIdToken.statusCode()).isEqualTo(401);
    }

    @Test
    void userInfoWhenAccessTokenHasOpenIdThenTheProfileByGetAndPost() {
        start(SigningAlgorithm.ES256);
        JsonNode tokens = tokens("openid profile email mcp:use", NONCE);
        String accessToken = tokens.get("access_token").asText();
        String subject = OAuthFlow.jwtPayload(tokens.get("id_token").asText()).get("sub").asText();

        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> response = userInfo(method, Optional.of(accessToken));

            assertThat(response.statusCode()).as(method + " " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            JsonNode body = Browser.json(response);
            assertThat(fieldNames(body)).containsExactly("sub", "email", "email_verified", "name",
                    "preferred_username");
            assertThat(body.get("sub").asText()).isEqualTo(subject);
            assertThat(body.get("email").asText()).isEqualTo("alice@example.com");
            assertThat(body.get("email_verified").asBoolean(true)).isFalse();
            assertThat(body.get("name").asText()).isEqualTo("Alice Liddell");
            assertThat(body.get("preferred_username").asText()).isEqualTo("alice");
        }
    }

    @Test
    void userInfoWhenOnlyOpenIdThenOnlySub() {
        start(SigningAlgorithm.ES256);
        JsonNode tokens = tokens("openid mcp:use", null);

        assertThat(OAuthFlow.jwtPayload(tokens.get("id_token").asText()).has("nonce")).isFalse();
        JsonNode body = Browser.json(userInfo("GET", Optional.of(tokens.get("access_token").asText())));
        assertThat(fieldNames(body)).containsExactly("sub");
    }

    @Test
    void codeFlowWhenNoOpenIdThenNoIdTokenAndUserInfoIsInsufficientScope() {
        start(SigningAlgorithm.ES256);

        JsonNode tokens = tokens("mcp:use offline_access", NONCE);

        assertThat(tokens.has("id_token")).isFalse();
        HttpResponse<String> response = userInfo("GET", Optional.of(tokens.get("access_token").asText()));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"insufficient_scope\"").contains("scope=\"openid\"");
        assertThat(Browser.json(response).get("error").asText()).isEqualTo("insufficient_scope");
    }

    @Test
    void userInfoWhenNoTokenOrNotATokenOfThisServerThen401Challenges() {
        start(SigningAlgorithm.ES256);

        HttpResponse<String> missing = userInfo("GET", Optional.empty());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer")
                .doesNotContain("error=");

        HttpResponse<String> forged = userInfo("GET", Optional.of("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"invalid_token\"");
    }

    @Test
    void refreshWhenTheGrantHasOpenIdThenNoIdTokenButUserInfoStillWorks() {
        start(SigningAlgorithm.ES256);
        JsonNode tokens = tokens("openid email mcp:use offline_access", NONCE);

        HttpResponse<String> refreshed = flow.refresh(client, tokens.get("refresh_token").asText());

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode body = Browser.json(refreshed);
        assertThat(body.has("id_token")).isFalse();
        assertThat(Browser.json(userInfo("GET", Optional.of(body.get("access_token").asText()))).get("email")
                .asText()).isEqualTo("alice@example.com");
    }

    @Test
    void consentPageWhenOpenIdScopesRequestedThenDescribesThemInPlainWords() {
        start(SigningAlgorithm.ES256);
        OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();
        Map<String, String> parameters = flow.authorizeParameters(client.clientId(), pkce, "st");
        parameters.put("scope", "openid profile email mcp:use");

        String consentPage = flow.signInOrConsent(flow.startAuthorization(parameters));

        assertThat(consentPage).contains("Know who you are").contains("See your profile")
                .contains("See your email address");
    }

    @Test
    void discoveryWhenReadThenListsUserInfoAndTheOpenIdConnectMembers() {
        start(SigningAlgorithm.ES256);

        for (String path : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
            JsonNode metadata = Browser.json(flow.browser.get(server.url(path)));

            assertThat(metadata.get("userinfo_endpoint").asText()).as(path).isEqualTo(server.url("/oauth/userinfo"));
            assertThat(texts(metadata.get("subject_types_supported"))).containsExactly("public");
            assertThat(texts(metadata.get("id_token_signing_alg_values_supported"))).containsExactly("ES256");
            assertThat(texts(metadata.get("scopes_supported"))).contains("openid", "profile", "email", "mcp:use");
            assertThat(texts(metadata.get("claims_supported"))).contains("sub", "iss", "aud", "exp", "iat",
                    "auth_time", "nonce", "azp", "email", "email_verified", "name", "preferred_username");
            assertThat(texts(metadata.get("response_types_supported"))).containsExactly("code");
            assertThat(metadata.get("jwks_uri").asText()).isEqualTo(server.url("/jwks.json"));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
