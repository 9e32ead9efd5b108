package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.org.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals at the authorization endpoint: untrusted client or redirect URI shows an error page and
 * never redirects (RFC 6749 §4.1.2.1); every other error goes back to the client with state and iss.
 */
class AuthorizationEndpointRefusalsTest {

    @TempDir
    Path dataDir;

    TestServer server;
    OAuthFlow flow;
    OAuthFlow.RegisteredClient client;
    OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        server.addUser("alice", "home", Role.OWNER);
        server.addResource("notes", server.resourceUrl());
        flow = new OAuthFlow(server);
        client = flow.registerPublicClient();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> valid() {
        return flow.authorizeParameters(client.clientId(), pkce, "st");
    }

    private Map<String, String> redirectedError(Map<String, String> parameters) {
        HttpResponse<String> response = flow.browser.get(flow.authorizeUrl(parameters));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(OAuthFlow.REDIRECT_URI + "?");
        Map<String, String> query = Browser.queryOf(location);
        assertThat(query).containsEntry("iss", server.base).containsKey("error_description");
        return query;
    }

    private HttpResponse<String> errorPage(Map<String, String> parameters) {
        HttpResponse<String> response = flow.browser.get(flow.authorizeUrl(parameters));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        return response;
    }

    @Test
    void authorizeWhenCodeChallengeMissingThenRedirectsInvalidRequest() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.remove("code_challenge");
        parameters.remove("code_challenge_method");
        assertThat(redirectedError(parameters)).containsEntry("error", "invalid_request").containsEntry("state", "st");
    }

    @Test
    void authorizeWhenChallengeMethodPlainThenRedirectsInvalidRequest() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.put("code_challenge_method", "plain");
        Map<String, String> error = redirectedError(parameters);
        assertThat(error).containsEntry("error", "invalid_request");
        assertThat(error.get("error_description")).contains("S256");
    }

    @Test
    void authorizeWhenChallengeMethodMissingThenRedirectsInvalidRequestBecausePlainIsTheDefault() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.remove("code_challenge_method");
        assertThat(redirectedError(parameters)).containsEntry("error", "invalid_request");
    }

    @Test
    void authorizeWhenResponseTypeIsTokenThenRedirectsUnsupportedResponseType() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.put("response_type", "token");
        assertThat(redirectedError(parameters)).containsEntry("error", "unsupported_response_type");
    }

    @Test
    void authorizeWhenResourceUnknownThenRedirectsInvalidTarget() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.put("resource", "https://elsewhere.example/mcp");
        assertThat(redirectedError(parameters)).containsEntry("error", "invalid_target");
    }

    @Test
    void authorizeWhenResourceOmittedAndOneIsProtectedThenUsesIt() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.remove("resource");
        String consentUrl = flow.startAuthorization(parameters);
        assertThat(flow.signIn(consentUrl, "alice", TestServer.PASSWORD)).contains(server.resourceUrl());
    }

    @Test
    void authorizeWhenRedirectUriNotRegisteredThenErrorPageAndNoRedirect() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.put("redirect_uri", "https://attacker.example/callback");
        assertThat(errorPage(parameters).body()).contains("is not registered");
    }

    @Test
    void authorizeWhenClientUnknownThenErrorPageAndNoRedirect() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.put("client_id", "no-such-client");
        assertThat(errorPage(parameters).body()).contains("invalid_client").contains("add it again");
    }

    @Test
    void authorizeWhenClientIdMissingThenErrorPage() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.remove("client_id");
        errorPage(parameters);
    }

    @Test
    void authorizeWhenParameterRepeatedThenRedirectsInvalidRequest() {
        String url = flow.authorizeUrl(valid()) + "&scope=mcp:use";
        HttpResponse<String> response = flow.browser.get(url);
        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> query = Browser.queryOf(response.headers().firstValue("Location").orElseThrow());
        assertThat(query).containsEntry("error", "invalid_request");
        assertThat(query.get("error_description")).contains("scope");
    }

    @Test
    void authorizeWhenQueryIsNotValidEncodingThenErrorPage() {
        // java.net.URI refuses to build this URL, so the request is written by hand. The JDK's server
        // itself refuses a request line that is not a valid URI, before any handler runs.
        String response = RawHttp.exchange(server.server.port(),
                "GET /oauth/authorize?client_id=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Location:").doesNotContain("Exception:")
                .doesNotContainIgnoringCase("at java.");
    }

    @Test
    void authorizeWhenScopeUnknownThenDroppedShownAtConsentAndNotGranted() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(valid());
        parameters.put("scope", "mcp:use files:delete-everything");
        String consentPage = flow.signIn(flow.startAuthorization(parameters), "alice", TestServer.PASSWORD);
        assertThat(consentPage).contains("files:delete-everything").contains("left out");
        String callback = flow.decide(consentPage, "home", "allow");
        var tokens = Browser.json(flow.exchangeCode(client, Browser.queryOf(callback).get("code"), pkce));
        assertThat(tokens.get("scope").asText()).isEqualTo("mcp:use");
    }

    @Test
    void consentWhenUserDeniesThenRedirectsAccessDeniedWithStateAndIss() {
        String consentPage = flow.signIn(flow.startAuthorization(valid()), "alice", TestServer.PASSWORD);
        Map<String, String> answer = Browser.queryOf(flow.decide(consentPage, "home", "deny"));
        assertThat(answer).containsEntry("error", "access_denied").containsEntry("state", "st")
                .containsEntry("iss", server.base).doesNotContainKey("code");
    }

    @Test
    void consentWhenCsrfTokenWrongThenRefusedWithoutCode() {
        String consentPage = flow.signIn(flow.startAuthorization(valid()), "alice", TestServer.PASSWORD);
        HttpResponse<String> forged = flow.browser.postForm(server.url("/oauth/authorize/consent"), Map.of(
                "request", Browser.inputValue(consentPage, "request"),
                "csrf", "forged-token-forged-token-forged-token-abcd",
                "organization", Browser.optionWithLabel(consentPage, "home"),
                "decision", "allow"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void consentWhenOrganizationIsNotTheUsersThenRefused() {
        server.admin(parts -> parts.addOrganization().add(new dev.latchkey.application.org.AddOrganization.Command(
                new dev.latchkey.domain.org.OrgName("other"))));
        String otherId = server.admin(parts -> parts.listOrganizations().list().stream()
                .filter(listed -> listed.organization().name().value().equals("other")).findFirst().orElseThrow()
                .organization().id().value());
        String consentPage = flow.signIn(flow.startAuthorization(valid()), "alice", TestServer.PASSWORD);
        HttpResponse<String> response = flow.browser.postForm(server.url("/oauth/authorize/consent"), Map.of(
                "request", Browser.inputValue(consentPage, "request"),
                "csrf", Browser.inputValue(consentPage, "csrf"),
                "organization", otherId,
                "decision", "allow"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("not a member");
    }

    @Test
    void signInWhenPasswordWrongThenSamePageWithMessageAndNoSession() {
        String consentUrl = flow.startAuthorization(valid());
        String page = flow.browser.get(consentUrl).body();
        HttpResponse<String> response = flow.browser.postForm(server.url("/oauth/authorize/sign-in"), Map.of(
                "request", Browser.inputValue(page, "request"),
                "csrf", Browser.inputValue(page, "csrf"),
                "username", "alice",
                "password", "wrong password"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("not correct").contains("name=\"password\"");
        assertThat(flow.browser.get(consentUrl).body()).contains("name=\"password\"");
    }

    @Test
    void signInWhenLoginCsrfMissingThenRefused() {
        String consentUrl = flow.startAuthorization(valid());
        String page = flow.browser.get(consentUrl).body();
        HttpResponse<String> response = flow.browser.postForm(server.url("/oauth/authorize/sign-in"), Map.of(
                "request", Browser.inputValue(page, "request"),
                "username", "alice",
                "password", TestServer.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void consentWhenRequestExpiredThenErrorPageSaysStartAgain() {
        String consentUrl = flow.startAuthorization(valid());
        server.clock.advance(java.time.Duration.ofMinutes(16));
        HttpResponse<String> response = flow.browser.get(consentUrl);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("expired").contains("connect again");
    }
}
