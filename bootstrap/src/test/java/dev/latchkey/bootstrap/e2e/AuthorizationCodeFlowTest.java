package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.domain.org.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole authorization-code flow over real HTTP against the real server on a temporary SQLite
 * file: metadata, registration, authorization with sign-in and an organization choice, code exchange,
 * refresh with rotation, reuse detection, introspection and revocation.
 */
class AuthorizationCodeFlowTest {

    @TempDir
    Path dataDir;

    TestServer server;
    OAuthFlow flow;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        server.addUser("alice", "home", Role.OWNER);
        server.join("alice", "work", Role.MEMBER);
        server.addResource("notes", server.resourceUrl());
        flow = new OAuthFlow(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void wholeFlowWhenEveryStepIsValidThenTokensRotateReuseRevokesAndRevocationEndsTheGrant() {
        // Discovery (RFC 8414).
        HttpResponse<String> metadataResponse = flow.browser.get(server.url("/.well-known/oauth-authorization-server"));
        assertThat(metadataResponse.statusCode()).isEqualTo(200);
        JsonNode metadata = Browser.json(metadataResponse);
        assertThat(metadata.get("issuer").asText()).isEqualTo(server.base);
        assertThat(metadata.get("authorization_endpoint").asText()).isEqualTo(server.url("/oauth/authorize"));
        assertThat(metadata.get("token_endpoint").asText()).isEqualTo(server.url("/oauth/token"));
        assertThat(metadata.get("registration_endpoint").asText()).isEqualTo(server.url("/oauth/register"));
        assertThat(texts(metadata.get("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(texts(metadata.get("response_types_supported"))).containsExactly("code");
        assertThat(texts(metadata.get("scopes_supported"))).contains("mcp:use", "offline_access");
        assertThat(texts(metadata.get("token_endpoint_auth_methods_supported"))).contains("none");
        assertThat(metadata.get("authorization_response_iss_parameter_supported").asBoolean()).isTrue();

        // Dynamic client registration (RFC 7591).
        OAuthFlow.RegisteredClient client = flow.registerPublicClient();
        OAuthFlow.RegisteredClient resourceServer = flow.registerConfidentialClient();

        // Authorization with sign-in and an organization choice; the answer carries state and iss (RFC 9207).
        OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();
        String consentUrl = flow.startAuthorization(flow.authorizeParameters(client.clientId(), pkce, "xyz"));
        String consentPage = flow.signIn(consentUrl, "alice", TestServer.PASSWORD);
        assertThat(consentPage).contains("Test MCP client").contains(server.resourceUrl())
                .contains("Unverified application");
        assertThat(Browser.optionValues(consentPage, "organization")).hasSize(2);
        String callback = flow.decide(consentPage, "work", "allow");
        Map<String, String> answer = Browser.queryOf(callback);
        assertThat(callback).startsWith(OAuthFlow.REDIRECT_URI + "?");
        assertThat(answer).containsEntry("state", "xyz").containsEntry("iss", server.base).containsKey("code");

        // Code exchange: an RFC 9068 access token for the resource, in the chosen organization.
        HttpResponse<String> tokenResponse = flow.exchangeCode(client, answer.get("code"), pkce);
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        assertThat(tokenResponse.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode tokens = Browser.json(tokenResponse);
        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(tokens.get("scope").asText()).isEqualTo("mcp:use offline_access");
        String accessToken = tokens.get("access_token").asText();
        String firstRefresh = tokens.get("refresh_token").asText();
        assertThat(OAuthFlow.jwtHeader(accessToken).get("typ").asText()).isEqualTo("at+jwt");
        assertThat(OAuthFlow.jwtHeader(accessToken).get("alg").asText()).isEqualTo("ES256");
        JsonNode claims = OAuthFlow.jwtPayload(accessToken);
        assertThat(claims.get("iss").asText()).isEqualTo(server.base);
        assertThat(claims.get("aud").asText()).isEqualTo(server.resourceUrl());
        assertThat(claims.get("client_id").asText()).isEqualTo(client.clientId());
        assertThat(claims.get("org_role").asText()).isEqualTo("member");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);

        // Introspection by a confidential client (RFC 7662).
        JsonNode introspected = Browser.json(flow.introspect(resourceServer, accessToken));
        assertThat(introspected.get("active").asBoolean()).isTrue();
        assertThat(introspected.get("username").asText()).isEqualTo("alice");
        assertThat(introspected.get("org_id").asText()).isEqualTo(claims.get("org_id").asText());
        assertThat(introspected.get("org_role").asText()).isEqualTo("member");
        assertThat(introspected.get("aud").asText()).isEqualTo(server.resourceUrl());
        assertThat(introspected.get("scope").asText()).isEqualTo("mcp:use offline_access");

        // Refresh rotates: every use gives a new refresh token.
        JsonNode second = Browser.json(flow.refresh(client, firstRefresh));
        String secondRefresh = second.get("refresh_token").asText();
        assertThat(secondRefresh).isNotEqualTo(firstRefresh);
        JsonNode third = Browser.json(flow.refresh(client, secondRefresh));
        String thirdRefresh = third.get("refresh_token").asText();
        assertThat(thirdRefresh).isNotEqualTo(secondRefresh);

        // Reuse of a rotated token (its successor was used since) revokes the whole grant (RFC 9700 §4.14).
        HttpResponse<String> reuse = flow.refresh(client, firstRefresh);
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(Browser.json(reuse).get("error").asText()).isEqualTo("invalid_grant");
        HttpResponse<String> afterReuse = flow.refresh(client, thirdRefresh);
        assertThat(Browser.json(afterReuse).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(Browser.json(flow.introspect(resourceServer, accessToken)).get("active").asBoolean()).isFalse();
        assertThat(Browser.json(flow.introspect(resourceServer, third.get("access_token").asText()))
                .get("active").asBoolean()).isFalse();

        // A new grant, then revocation (RFC 7009) ends it.
        OAuthFlow.Pkce again = OAuthFlow.Pkce.generate();
        String code = flow.decide(flow.signInOrConsent(flow.startAuthorization(
                flow.authorizeParameters(client.clientId(), again, "s2"))), "home", "allow");
        JsonNode fresh = Browser.json(flow.exchangeCode(client, Browser.queryOf(code).get("code"), again));
        assertThat(OAuthFlow.jwtPayload(fresh.get("access_token").asText()).get("org_role").asText())
                .isEqualTo("owner");
        HttpResponse<String> revoked = flow.revoke(client, fresh.get("refresh_token").asText());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(Browser.json(flow.refresh(client, fresh.get("refresh_token").asText())).get("error").asText())
                .isEqualTo("invalid_grant");
        assertThat(Browser.json(flow.introspect(resourceServer, fresh.get("access_token").asText()))
                .get("active").asBoolean()).isFalse();
    }

    @Test
    void refreshWhenPreviousTokenIsRetriedWithinGraceThenFreshPairAndUnusedSuccessorInvalidated() {
        OAuthFlow.RegisteredClient client = flow.registerPublicClient();
        OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();
        JsonNode tokens = Browser.json(flow.exchangeCode(client, flow.authorize(client, pkce, "alice", "home"), pkce));
        String first = tokens.get("refresh_token").asText();

        String lost = Browser.json(flow.refresh(client, first)).get("refresh_token").asText();
        server.clock.advance(java.time.Duration.ofSeconds(10));
        HttpResponse<String> retry = flow.refresh(client, first);

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        String replacement = Browser.json(retry).get("refresh_token").asText();
        assertThat(replacement).isNotEqualTo(lost).isNotEqualTo(first);

        // The superseded successor turning up later means two parties hold the chain (RFC 9700 §4.14.2):
        // it is refused and the whole grant ends, the replacement included.
        assertThat(Browser.json(flow.refresh(client, lost)).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(Browser.json(flow.refresh(client, replacement)).get("error").asText()).isEqualTo("invalid_grant");
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
