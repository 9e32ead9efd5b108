package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.domain.org.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings web app in a real headless Chromium, driven by the playwright-core scripts in
 * {@code e2e-clients/browser} through the accessible names of {@code docs/web-app-contract.md}: the
 * labels, buttons and links people and screen readers see. Each script prints one JSON line; this test
 * does the client's side (registration, code exchange, token requests) and checks the outcome at the
 * token endpoint. Screenshots of every page visited go to {@code target/screenshots/<flow>/}.
 */
class BrowserFlowsTest {

    private static final String OWNER = "olivia";
    private static final String ORGANIZATION = "acme";

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    @BeforeAll
    static void chromiumIsInstalled() {
        String chromium = System.getenv().getOrDefault("LATCHKEY_CHROMIUM", "/usr/bin/chromium");
        assertThat(Files.isExecutable(Path.of(chromium)))
                .as("The browser tests drive Debian's Chromium at %s: apt-get install chromium (.ci/run does), or set"
                        + " LATCHKEY_CHROMIUM to another Chromium", chromium)
                .isTrue();
    }

    @Test
    void ownerWhenSettingUpAndAllowingARegisteredClientThenSeesItUnderConnectedAppsAndRevokingItEndsItsRefreshToken()
            throws Exception {
        try (TestServer server = TestServer.start(dataDir, Clock.systemUTC(), config -> config)) {
            Path screenshots = screenshots("flow-a-connected-apps");
            Path cookies = work.resolve("cookies.json");
            JsonNode firstRun = setUpOwner(server, cookies, screenshots);
            assertThat(firstRun.path("navigation").toString()).contains("Connected apps", "OAuth clients",
                    "Members", "Account");

            // A second organization, so that consent offers a real choice.
            server.join(OWNER, "lab", Role.MEMBER);
            server.addResource("notes", server.resourceUrl());
            OAuthFlow oauth = new OAuthFlow(server);
            String redirectUri = "http://127.0.0.1:" + TestServer.freePort() + "/callback";
            String clientName = "Notebook (browser test)";
            OAuthFlow.RegisteredClient client = oauth.register("{\"client_name\":\"" + clientName + "\","
                    + "\"redirect_uris\":[\"" + redirectUri + "\"],\"token_endpoint_auth_method\":\"none\","
                    + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"response_types\":[\"code\"]}");
            OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();
            Map<String, String> parameters = oauth.authorizeParameters(client.clientId(), pkce, "browser-state");
            parameters.put("redirect_uri", redirectUri);

            JsonNode consent = script("consent.mjs", oauth.authorizeUrl(parameters), redirectUri, "lab",
                    cookies.toString(), screenshots.toString(), OWNER, TestServer.PASSWORD);

            assertThat(consent.path("consent").path("organizations").toString())
                    .contains(ORGANIZATION + " (owner)", "lab (member)");
            assertThat(consent.path("state").asText()).isEqualTo("browser-state");
            assertThat(consent.path("iss").asText()).isEqualTo(server.base);
            HttpResponse<String> exchanged = oauth.browser.postForm(server.url("/oauth/token"), form(
                    "grant_type", "authorization_code", "code", consent.path("code").asText(),
                    "redirect_uri", redirectUri, "client_id", client.clientId(), "code_verifier", pkce.verifier()));
            assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
            JsonNode tokens = Browser.json(exchanged);
            JsonNode claims = OAuthFlow.jwtPayload(tokens.path("access_token").asText());
            assertThat(claims.path("org_role").asText()).as("the organization chosen on the consent page")
                    .isEqualTo("member");
            assertThat(claims.path("aud").toString()).contains(server.resourceUrl());
            HttpResponse<String> refreshed = oauth.refresh(client, tokens.path("refresh_token").asText());
            assertThat(refreshed.statusCode()).as("the refresh token works before the revocation: " + refreshed.body())
                    .isEqualTo(200);
            String refreshToken = Browser.json(refreshed).path("refresh_token").asText();

            JsonNode apps = script("connected-apps.mjs", server.base, clientName, cookies.toString(),
                    screenshots.toString());

            assertThat(apps.path("before").toString()).as("the row: application, organization, resource, status")
                    .contains(clientName, "lab", "notes", "Active");
            assertThat(apps.path("revokeButtonsLeft").asInt()).isZero();
            assertThat(apps.path("after").toString()).contains(clientName, "Revoked");
            HttpResponse<String> afterRevocation = oauth.refresh(client, refreshToken);
            assertThat(afterRevocation.statusCode()).as(afterRevocation.body()).isEqualTo(400);
            assertThat(Browser.json(afterRevocation).path("error").asText()).isEqualTo("invalid_grant");
        }
    }

    @Test
    void ownerWhenRegisteringAConfidentialClientInSettingsThenItsSecretGetsATokenForTheChosenResource()
            throws Exception {
        try (TestServer server = TestServer.start(dataDir, Clock.systemUTC(), config -> config)) {
            Path screenshots = screenshots("flow-b-register-client");
            Path cookies = work.resolve("cookies.json");
            server.addResource("notes", server.resourceUrl());
            setUpOwner(server, cookies, screenshots);

            JsonNode registered = script("register-client.mjs", server.base, "Nightly report job",
                    "https://reports.example/callback", "notes", cookies.toString(), screenshots.toString());

            assertThat(registered.path("shownOnce").asBoolean()).as("the page says the secret is shown only once")
                    .isTrue();
            assertThat(registered.path("listed").asBoolean()).as("the client is listed under OAuth clients").isTrue();
            String clientId = registered.path("clientId").asText();
            String secret = registered.path("clientSecret").asText();
            assertThat(clientId).isNotBlank();
            assertThat(secret).isNotBlank();
            Browser http = new Browser();
            HttpResponse<String> token = http.postForm(server.url("/oauth/token"), form("grant_type",
                    "client_credentials", "client_id", clientId, "client_secret", secret, "resource",
                    server.resourceUrl()));
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            JsonNode body = Browser.json(token);
            assertThat(body.path("token_type").asText()).isEqualToIgnoringCase("Bearer");
            assertThat(body.has("refresh_token")).as("client_credentials issues no refresh token").isFalse();
            JsonNode claims = OAuthFlow.jwtPayload(body.path("access_token").asText());
            assertThat(claims.path("aud").toString()).contains(server.resourceUrl());
            assertThat(claims.path("client_id").asText()).isEqualTo(clientId);
            HttpResponse<String> wrongSecret = http.postForm(server.url("/oauth/token"), form("grant_type",
                    "client_credentials", "client_id", clientId, "client_secret", secret + "x", "resource",
                    server.resourceUrl()));
            assertThat(wrongSecret.statusCode()).isEqualTo(401);
            assertThat(Browser.json(wrongSecret).path("error").asText()).isEqualTo("invalid_client");
        }
    }

    @Test
    void settingsPagesWhenVisitedThroughTheNavigationThenShowWhatTheContractNames() throws Exception {
        try (TestServer server = TestServer.start(dataDir, Clock.systemUTC(), config -> config)) {
            Path screenshots = screenshots("settings-pages");
            Path cookies = work.resolve("cookies.json");
            server.addResource("notes", server.resourceUrl());
            setUpOwner(server, cookies, screenshots);
            server.addUser("bob", ORGANIZATION, Role.MEMBER);

            JsonNode walk = script("settings-pages.mjs", server.base, "bob", "notes", cookies.toString(),
                    screenshots.toString());

            assertThat(walk.path("visited").findValuesAsText("heading")).containsExactly("Members",
                    "Protected resources", "Account");
        }
    }

    /** The first run in the browser: the set-up link, the owner's account, sign out, sign in again. */
    private JsonNode setUpOwner(TestServer server, Path cookies, Path screenshots) {
        assertThat(server.server.needsFirstUser()).isTrue();
        JsonNode firstRun = script("first-run.mjs", server.base, server.setupUrl(), OWNER, TestServer.PASSWORD, ORGANIZATION,
                cookies.toString(), screenshots.toString());
        assertThat(server.server.needsFirstUser()).isFalse();
        assertThat(firstRun.path("afterSetup").path("url").asText()).endsWith("/settings/apps");
        assertThat(firstRun.path("signInUrl").asText()).startsWith(server.url("/sign-in?next="));
        assertThat(firstRun.path("afterSignIn").path("url").asText()).endsWith("/settings/apps");
        return firstRun;
    }

    /** Runs {@code e2e-clients/browser/<name>} and returns the JSON line it printed. */
    private static JsonNode script(String name, String... arguments) {
        List<String> command = new ArrayList<>(List.of("node", "browser/" + name));
        command.addAll(List.of(arguments));
        NodeTools.Run run = NodeTools.run(command, Map.of(), 120);
        assertThat(run.exitCode()).as("%s failed:\n%s%s", name, run.err(), run.out()).isZero();
        String[] lines = run.out().strip().split("\n");
        try {
            return Browser.JSON.readTree(lines[lines.length - 1]);
        } catch (IOException notJson) {
            throw new AssertionError(name + " printed no JSON line:\n" + run.out() + run.err(), notJson);
        }
    }

    /** An empty {@code target/screenshots/<flow>} (the scripts number their files after those present). */
    private static Path screenshots(String flow) {
        Path directory = Path.of("target", "screenshots", flow).toAbsolutePath();
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> old = Files.walk(directory)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(directory);
        } catch (IOException cannotPrepare) {
            throw new UncheckedIOException(cannotPrepare);
        }
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
