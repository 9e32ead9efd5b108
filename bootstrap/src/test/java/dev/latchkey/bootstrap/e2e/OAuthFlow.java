package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drives the authorization-code flow the way an MCP client and its user do: register, send the
 * browser to the authorization endpoint, sign in, pick an organization, allow, and exchange the code.
 */
final class OAuthFlow {

    static final String REDIRECT_URI = "http://127.0.0.1:9999/callback";

    final TestServer server;
    final Browser browser = new Browser();

    OAuthFlow(TestServer server) {
        this.server = server;
    }

    /** A registered public client (PKCE, no secret). */
    record RegisteredClient(String clientId, String clientSecret) {}

    RegisteredClient registerPublicClient() {
        return register("{\"client_name\":\"Test MCP client\",\"redirect_uris\":[\"" + REDIRECT_URI + "\"],"
                + "\"token_endpoint_auth_method\":\"none\",\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                + "\"response_types\":[\"code\"]}");
    }

    RegisteredClient registerConfidentialClient() {
        return register("{\"client_name\":\"Resource server\",\"redirect_uris\":[\"https://rs.example/cb\"],"
                + "\"token_endpoint_auth_method\":\"client_secret_basic\"}");
    }

    RegisteredClient register(String metadata) {
        HttpResponse<String> response = browser.post(server.url("/oauth/register"), "application/json", metadata);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = Browser.json(response);
        return new RegisteredClient(body.get("client_id").asText(),
                body.has("client_secret") ? body.get("client_secret").asText() : null);
    }

    /** PKCE verifier and its S256 challenge. */
    record Pkce(String verifier, String challenge) {
        static Pkce generate() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** The authorization request URL with the given parameters. */
    String authorizeUrl(Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(server.url("/oauth/authorize"));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    Map<String, String> authorizeParameters(String clientId, Pkce pkce, String state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", REDIRECT_URI);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", "S256");
        parameters.put("state", state);
        parameters.put("resource", server.resourceUrl());
        parameters.put("scope", "mcp:use offline_access");
        return parameters;
    }

    /** Follows the authorization endpoint's redirect to the consent step; returns the consent URL. */
    String startAuthorization(Map<String, String> parameters) {
        HttpResponse<String> start = browser.get(authorizeUrl(parameters));
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        // The step inside Latchkey is a relative redirect, so the browser stays on the host it used.
        String location = start.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/oauth/authorize/consent?request=");
        return server.url(location);
    }

    /** Signs in on the sign-in page shown at {@code consentUrl}; returns the consent page. */
    String signIn(String consentUrl, String username, String password) {
        HttpResponse<String> signInPage = browser.get(consentUrl);
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.body()).contains("<label for=\"username\">Username</label>")
                .contains("<label for=\"password\">Password</label>").contains(">Sign in</button>");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request", Browser.inputValue(signInPage.body(), "request"));
        form.put("csrf", Browser.inputValue(signInPage.body(), "csrf"));
        form.put("username", username);
        form.put("password", password);
        HttpResponse<String> signedIn = browser.postForm(server.url("/oauth/authorize/sign-in"), form);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location").map(server::url)).hasValue(consentUrl);
        HttpResponse<String> consentPage = browser.get(consentUrl);
        assertThat(consentPage.statusCode()).isEqualTo(200);
        assertThat(consentPage.body()).contains("<label for=\"organization\">Organization</label>")
                .contains(">Allow</button>").contains(">Deny</button>");
        return consentPage.body();
    }

    /** The consent page at {@code consentUrl}, signing in first if this browser has no session yet. */
    String signInOrConsent(String consentUrl) {
        return signInOrConsent(consentUrl, "alice");
    }

    String signInOrConsent(String consentUrl, String username) {
        HttpResponse<String> page = browser.get(consentUrl);
        assertThat(page.statusCode()).isEqualTo(200);
        if (page.body().contains("name=\"password\"")) {
            return signIn(consentUrl, username, TestServer.PASSWORD);
        }
        return page.body();
    }

    /** Presses Allow (or Deny) for {@code organizationLabel}; returns the redirect back to the client. */
    String decide(String consentPage, String organizationLabel, String decision) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request", Browser.inputValue(consentPage, "request"));
        form.put("csrf", Browser.inputValue(consentPage, "csrf"));
        form.put("organization", Browser.optionWithLabel(consentPage, organizationLabel));
        form.put("decision", decision);
        HttpResponse<String> decided = browser.postForm(server.url("/oauth/authorize/consent"), form);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(303);
        return decided.headers().firstValue("Location").orElseThrow();
    }

    /** Tokens for {@code resourceUrl} with {@code scope}, through the whole flow as {@code username}. */
    JsonNode tokensFor(RegisteredClient client, String resourceUrl, String scope, String username,
            String organizationLabel) {
        Pkce pkce = Pkce.generate();
        Map<String, String> parameters = authorizeParameters(client.clientId(), pkce, "s");
        parameters.put("resource", resourceUrl);
        parameters.put("scope", scope);
        String callback = decide(signInOrConsent(startAuthorization(parameters), username), organizationLabel,
                "allow");
        HttpResponse<String> response = exchangeCode(client, Browser.queryOf(callback).get("code"), pkce);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Browser.json(response);
    }

    /**
     * The whole flow for any client: authorize with {@code redirectUri}, sign in as alice, allow in her
     * first organization, exchange the code. Returns the token response.
     */
    HttpResponse<String> codeFlow(String clientId, String redirectUri, String resourceUrl) {
        Pkce pkce = Pkce.generate();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", "S256");
        parameters.put("state", "st");
        parameters.put("resource", resourceUrl);
        String page = signInOrConsent(startAuthorization(parameters));
        String callback = decide(page, "home", "allow");
        assertThat(callback).startsWith(redirectUri + "?");
        Map<String, String> answer = Browser.queryOf(callback);
        assertThat(answer).containsEntry("state", "st").containsEntry("iss", server.base);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", answer.get("code"));
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("code_verifier", pkce.verifier());
        return browser.postForm(server.url("/oauth/token"), form);
    }

    /** The consent page of an authorization request for {@code clientId}, signing in first if needed. */
    String consentPageFor(String clientId, String redirectUri, String resourceUrl) {
        Pkce pkce = Pkce.generate();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", "S256");
        parameters.put("resource", resourceUrl);
        return signInOrConsent(startAuthorization(parameters));
    }

    /** Runs the front channel to the end and returns the authorization code. */
    String authorize(RegisteredClient client, Pkce pkce, String username, String organizationLabel) {
        String consentUrl = startAuthorization(authorizeParameters(client.clientId(), pkce, "state-123"));
        String consentPage = signIn(consentUrl, username, TestServer.PASSWORD);
        String callback = decide(consentPage, organizationLabel, "allow");
        assertThat(callback).startsWith(REDIRECT_URI + "?");
        return Browser.queryOf(callback).get("code");
    }

    HttpResponse<String> exchangeCode(RegisteredClient client, String code, Pkce pkce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", REDIRECT_URI);
        form.put("client_id", client.clientId());
        form.put("code_verifier", pkce.verifier());
        return browser.postForm(server.url("/oauth/token"), form);
    }

    HttpResponse<String> refresh(RegisteredClient client, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", client.clientId());
        return browser.postForm(server.url("/oauth/token"), form);
    }

    HttpResponse<String> introspect(RegisteredClient resourceServer, String token) {
        return browser.postForm(server.url("/oauth/introspect"), Map.of("token", token),
                Map.of("Authorization", basic(resourceServer)));
    }

    HttpResponse<String> revoke(RegisteredClient client, String token) {
        return browser.postForm(server.url("/oauth/revoke"), Map.of("token", token, "client_id", client.clientId()));
    }

    static String basic(RegisteredClient client) {
        return "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(client.clientId(),
                StandardCharsets.UTF_8) + ":" + URLEncoder.encode(client.clientSecret(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded JSON of a JWT's payload (no verification: the test inspects what was issued). */
    static JsonNode jwtPayload(String jwt) {
        return decodePart(jwt.split("\\.")[1]);
    }

    static JsonNode jwtHeader(String jwt) {
        return decodePart(jwt.split("\\.")[0]);
    }

    private static JsonNode decodePart(String part) {
        try {
            return Browser.JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException malformed) {
            throw new java.io.UncheckedIOException(malformed);
        }
    }
}
