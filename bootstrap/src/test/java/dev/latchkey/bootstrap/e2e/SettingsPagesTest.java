package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.adapters.jose.SigningAlgorithm;
import dev.latchkey.domain.org.Role;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings web app through the whole server (docs/web-app-contract.md): the one-time set-up link,
 * sign-in with a local {@code next} only, every page, CSRF on every form, session timeouts, organization
 * isolation by id, and what the pages change at the token endpoint.
 */
class SettingsPagesTest {

    private static final Pattern ORG_LINK = Pattern.compile("href=\"/settings/orgs/([^/\"]+)/clients\"");
    private static final String OTHER_CSRF = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @TempDir
    Path dataDir;

    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    // --- First run ---------------------------------------------------------------------------------------

    @Test
    void setupLinkWhenUsedThenCreatesTheOwnerSignsThemInAndWorksOnlyOnce() {
        server = TestServer.start(dataDir);
        String setupUrl = server.setupUrl();
        assertThat(setupUrl).startsWith(server.url("/setup?token="));
        assertThat(new Browser().get(server.url("/")).body()).contains("set-up link")
                .contains(">Sign in</a>").contains(">Settings</a>");

        Browser browser = new Browser();
        HttpResponse<String> form = browser.get(setupUrl);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>Set up Latchkey</h1>").contains("<label for=\"username\">Username</label>")
                .contains("<label for=\"password\">Password</label>")
                .contains("<label for=\"organization\">Organization</label>").contains(">Create account</button>");
        HttpResponse<String> done = browser.postForm(server.url("/setup"), setupForm(form.body(), "olivia", "acme"));

        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/settings/apps");
        assertThat(server.server.needsFirstUser()).isFalse();
        HttpResponse<String> apps = browser.get(server.url("/settings/apps"));
        assertThat(apps.statusCode()).isEqualTo(200);
        assertThat(apps.body()).contains("<h1>Connected apps</h1>").contains("olivia");
        assertThat(page(browser, "/settings/account")).contains("acme").contains("owner");

        Browser again = new Browser();
        HttpResponse<String> reopened = again.get(setupUrl);
        assertThat(reopened.statusCode()).isEqualTo(409);
        assertThat(reopened.body()).contains("<h1>This set-up link does not work</h1>").contains("already used")
                .contains("Sign in");
        HttpResponse<String> replayed = again.postForm(server.url("/setup"), setupForm(form.body(), "mallory", "evil"));
        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(replayed.body()).contains("role=\"alert\"").contains("already set up");
        assertThat(signIn(new Browser(), "mallory", "/settings/apps").statusCode()).isEqualTo(200);
    }

    @Test
    void setupWhenTheTokenIsWrongOrTheFormLacksItsCsrfThenNothingIsCreatedAndTheLinkStillWorks() {
        server = TestServer.start(dataDir);
        String setupUrl = server.setupUrl();
        Browser browser = new Browser();
        String page = browser.get(setupUrl).body();

        HttpResponse<String> wrongLink = new Browser().get(server.url("/setup?token=" + OTHER_CSRF));
        assertThat(wrongLink.statusCode()).isEqualTo(400);
        assertThat(wrongLink.body()).contains("<h1>This set-up link does not work</h1>").contains("role=\"alert\"")
                .contains("Restart the server").contains("users add admin --org home --role owner");

        Map<String, String> wrongToken = setupForm(page, "olivia", "acme");
        wrongToken.put("token", OTHER_CSRF);
        HttpResponse<String> refused = browser.postForm(server.url("/setup"), wrongToken);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("This set-up link does not work").contains("Restart the server");

        Map<String, String> noCsrf = setupForm(page, "olivia", "acme");
        noCsrf.remove("csrf");
        HttpResponse<String> forged = browser.postForm(server.url("/setup"), noCsrf);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("role=\"alert\"").contains("value=\"olivia\"").contains("value=\"acme\"");

        Map<String, String> shortPassword = setupForm(page, "olivia", "acme");
        shortPassword.put("password", "short");
        HttpResponse<String> weak = browser.postForm(server.url("/setup"), shortPassword);
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("role=\"alert\"").contains("at least 8 characters")
                .contains("value=\"olivia\"").contains("value=\"acme\"");

        assertThat(server.server.needsFirstUser()).isTrue();
        assertThat(browser.postForm(server.url("/setup"), setupForm(page, "olivia", "acme")).statusCode())
                .isEqualTo(303);
    }

    @Test
    void setupPageWhenTheLinkHasNoTokenThenSaysToRestartOrUseTheCommandLine() {
        server = TestServer.start(dataDir);

        HttpResponse<String> page = new Browser().get(server.url("/setup"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("role=\"alert\"").contains("restart the server")
                .contains("users add admin --org home --role owner --password-stdin");
    }

    // --- Sign-in, pages, sessions ----------------------------------------------------------------------------

    @Test
    void signInWhenDoneThenEveryPageRendersItsHeadingWithSecurityHeadersAndLabelledInputs() {
        startWithAliceInHome();
        Browser alice = signedIn("alice");
        String org = orgId(page(alice, "/settings/apps"));
        String clientId = registerClient(alice, org, "Dashboard", "public", "https://dash.example/cb", true, false)
                .clientId();

        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("/settings/apps", "Connected apps");
        headings.put("/settings/orgs/" + org + "/clients", "OAuth clients");
        headings.put("/settings/orgs/" + org + "/clients/new", "Register a client");
        headings.put("/settings/orgs/" + org + "/clients/" + clientId, "Dashboard");
        headings.put("/settings/orgs/" + org + "/members", "Members");
        headings.put("/settings/resources", "Protected resources");
        headings.put("/settings/account", "Account");
        headings.forEach((path, heading) -> {
            HttpResponse<String> response = alice.get(server.url(path));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("<h1>" + heading + "</h1>")
                    .contains(">Connected apps</a>").contains(">OAuth clients</a>").contains(">Members</a>")
                    .contains(">Resources</a>").contains(">Account</a>").contains(">Sign out</button>");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path)
                    .contains("frame-ancestors 'none'").doesNotContain("script-src");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.body()).as(path).doesNotContain("<script");
            assertEveryInputIsLabelled(path, response.body());
        });
        assertThat(page(alice, "/settings/orgs/" + org + "/clients")).contains("Register a client");
        assertThat(page(alice, "/settings/orgs/" + org + "/members"))
                .contains(">Add member</button>").contains(">Create member</button>")
                .contains("<label for=\"create-username\">New username</label>")
                .contains("<label for=\"create-password\">Initial password</label>");
        assertThat(page(alice, "/settings/resources")).contains(">Remove notes</button>")
                .contains("<label for=\"resource-upstream\">Upstream URL</label>");
        HttpResponse<String> unknown = alice.get(server.url("/settings/nothing-here"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<h1>Not found</h1>").contains("role=\"alert\"");
    }

    @Test
    void settingsPageWhenNotSignedInThenRedirectsToSignInAndBackToThatPageAfterwards() {
        startWithAliceInHome();
        Browser browser = new Browser();

        HttpResponse<String> page = browser.get(server.url("/settings/account"));
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/sign-in?next=%2Fsettings%2Faccount");

        HttpResponse<String> signedIn = signIn(browser, "alice", "/settings/account");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/settings/account");
        assertThat(page(browser, "/settings/account")).contains("<h1>Account</h1>");
    }

    @Test
    void signInWhenNextIsNotALocalPathThenGoesToConnectedApps() {
        startWithAliceInHome();
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "evil")) {
            HttpResponse<String> signedIn = signIn(new Browser(), "alice", next);
            assertThat(signedIn.statusCode()).as(next).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Location")).as(next).hasValue("/settings/apps");
        }
    }

    @Test
    void signInWhenThePasswordIsWrongOrTheLoginCsrfIsMissingThenTheFormSaysSoAndNoSessionStarts() {
        startWithAliceInHome();
        Browser browser = new Browser();
        HttpResponse<String> wrong = signIn(browser, "alice", "/settings/apps", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("role=\"alert\"").contains("not correct").contains("value=\"alice\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "alice");
        form.put("password", TestServer.PASSWORD);
        HttpResponse<String> forged = browser.postForm(server.url("/sign-in"), form);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("role=\"alert\"").contains("Sign in again");
        assertThat(browser.get(server.url("/settings/apps")).statusCode()).isEqualTo(303);
    }

    @Test
    void sessionWhenIdleLongerThanEightHoursThenPagesRedirectToSignInButActivityKeepsItAlive() {
        startWithAliceInHome();
        Browser alice = signedIn("alice");

        server.clock.advance(Duration.ofHours(7));
        assertThat(alice.get(server.url("/settings/apps")).statusCode()).isEqualTo(200);
        server.clock.advance(Duration.ofHours(7));
        assertThat(alice.get(server.url("/settings/apps")).statusCode()).isEqualTo(200);

        server.clock.advance(Duration.ofHours(8).plusMinutes(1));
        HttpResponse<String> expired = alice.get(server.url("/settings/apps"));
        assertThat(expired.statusCode()).isEqualTo(303);
        assertThat(expired.headers().firstValue("Location")).hasValue("/sign-in?next=%2Fsettings%2Fapps");
    }

    @Test
    void sessionWhenPastItsAbsoluteLifetimeThenEndsWhateverTheActivity() {
        startWithAliceInHome();
        Browser alice = signedIn("alice");

        for (int hours = 0; hours < 7 * 24 - 6; hours += 6) {
            server.clock.advance(Duration.ofHours(6));
            assertThat(alice.get(server.url("/settings/apps")).statusCode()).as("after %d hours", hours + 6)
                    .isEqualTo(200);
        }
        server.clock.advance(Duration.ofHours(7));

        assertThat(alice.get(server.url("/settings/apps")).statusCode()).isEqualTo(303);
    }

    @Test
    void signOutWhenPostedWithTheSessionCsrfThenTheSessionEnds() {
        startWithAliceInHome();
        Browser alice = signedIn("alice");

        HttpResponse<String> signedOut = alice.postForm(server.url("/sign-out"),
                Map.of("csrf", Browser.inputValue(page(alice, "/settings/apps"), "csrf")));

        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().firstValue("Location")).hasValue("/sign-in");
        assertThat(alice.get(server.url("/settings/apps")).statusCode()).isEqualTo(303);
    }

    // --- CSRF ------------------------------------------------------------------------------------------------

    @Test
    void everyFormWhenItsCsrfTokenIsMissingOrWrongThenAnswers403AndChangesNothing() {
        startWithAliceInHome();
        server.addUser("bob", "elsewhere", Role.OWNER);
        server.addUser("carol", "home", Role.MEMBER);
        OAuthFlow flow = new OAuthFlow(server);
        flow.tokensFor(flow.registerPublicClient(), server.resourceUrl(), "mcp:use offline_access", "alice", "home");
        Browser alice = flow.browser;
        String apps = page(alice, "/settings/apps");
        String org = orgId(apps);
        String grant = Browser.inputValue(apps, "grant");
        String client = registerClient(alice, org, "Dashboard", "public", "https://dash.example/cb", true, false)
                .clientId();
        String carol = memberId(page(alice, "/settings/orgs/" + org + "/members"), "carol");
        String orgPath = "/settings/orgs/" + org;
        List<String> witnesses = List.of("/settings/apps", orgPath + "/clients", orgPath + "/clients/" + client,
                orgPath + "/members", "/settings/resources", "/settings/account");

        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/settings/apps/revoke", Map.of("grant", grant));
        forms.put(orgPath + "/clients", Map.of("client_name", "Sneaky", "client_type", "public",
                "redirect_uris", "https://sneaky.example/cb", "resource:notes", "on", "user_sign_in", "on"));
        forms.put(orgPath + "/clients/" + client + "/redirect-uris", Map.of("redirect_uris", "https://sneaky.example/cb"));
        forms.put(orgPath + "/clients/" + client + "/delete", Map.of());
        forms.put(orgPath + "/members/add", Map.of("username", "bob", "role", "admin"));
        forms.put(orgPath + "/members/create", Map.of("username", "sneaky", "password", TestServer.PASSWORD,
                "role", "owner"));
        forms.put(orgPath + "/members/role", Map.of("member", carol, "role", "owner"));
        forms.put(orgPath + "/members/remove", Map.of("member", carol));
        forms.put("/settings/resources/add", Map.of("name", "sneaky", "upstream", "http://127.0.0.1:9/mcp",
                "scopes", "mcp:use"));
        forms.put("/settings/resources/remove", Map.of("name", "notes"));
        forms.put("/settings/account/profile", Map.of("email", "sneaky@example.com", "display_name", "Sneaky"));
        forms.put("/sign-out", Map.of());

        Map<String, String> before = snapshot(alice, witnesses);
        forms.forEach((path, fields) -> {
            for (String csrf : new String[] {null, OTHER_CSRF}) {
                Map<String, String> form = new LinkedHashMap<>(fields);
                if (csrf != null) {
                    form.put("csrf", csrf);
                }
                HttpResponse<String> response = alice.postForm(server.url(path), form);
                assertThat(response.statusCode()).as("%s with csrf %s", path, csrf).isEqualTo(403);
                assertThat(response.body()).as(path).contains("role=\"alert\"").contains("Nothing was changed");
                assertThat(snapshot(alice, witnesses)).as("%s with csrf %s", path, csrf).isEqualTo(before);
            }
        });
    }

    // --- Isolation between organizations ---------------------------------------------------------------------

    @Test
    void pagesWithIdsWhenTheyBelongToAnotherOrganizationThenAnswer404AndAPlainMemberGets403() {
        startWithAliceInHome();
        server.addUser("bob", "home", Role.MEMBER);
        server.addUser("mallory", "evil", Role.OWNER);
        OAuthFlow flow = new OAuthFlow(server);
        OAuthFlow.RegisteredClient mcpClient = flow.registerPublicClient();
        JsonNode tokens = flow.tokensFor(mcpClient, server.resourceUrl(), "mcp:use offline_access", "alice", "home");
        Browser alice = flow.browser;
        String apps = page(alice, "/settings/apps");
        String home = orgId(apps);
        String grant = Browser.inputValue(apps, "grant");
        String client = registerClient(alice, home, "Dashboard", "public", "https://dash.example/cb", true, false)
                .clientId();
        String bob = memberId(page(alice, "/settings/orgs/" + home + "/members"), "bob");
        Browser mallory = signedIn("mallory");
        String evil = orgId(page(mallory, "/settings/apps"));
        String malloryCsrf = Browser.inputValue(page(mallory, "/settings/apps"), "csrf");
        String homePath = "/settings/orgs/" + home;

        for (String path : List.of(homePath + "/clients", homePath + "/clients/new", homePath + "/clients/" + client,
                homePath + "/members", "/settings/orgs/" + evil + "/clients/" + client,
                "/settings/orgs/" + evil + "/clients/" + mcpClient.clientId(), homePath + "/unknown")) {
            HttpResponse<String> response = mallory.get(server.url(path));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<h1>Not found</h1>").doesNotContain("Dashboard")
                    .doesNotContain("alice");
        }
        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put("/settings/apps/revoke", Map.of("grant", grant));
        posts.put(homePath + "/clients", Map.of("client_name", "Sneaky", "client_type", "public",
                "redirect_uris", "https://sneaky.example/cb", "resource:notes", "on", "user_sign_in", "on"));
        posts.put(homePath + "/clients/" + client + "/redirect-uris", Map.of("redirect_uris", "https://sneaky.example/cb"));
        posts.put(homePath + "/clients/" + client + "/delete", Map.of());
        posts.put("/settings/orgs/" + evil + "/clients/" + client + "/delete", Map.of());
        posts.put(homePath + "/members/add", Map.of("username", "mallory", "role", "owner"));
        posts.put(homePath + "/members/create", Map.of("username", "sneaky", "password", TestServer.PASSWORD,
                "role", "owner"));
        posts.put(homePath + "/members/role", Map.of("member", bob, "role", "owner"));
        posts.put(homePath + "/members/remove", Map.of("member", bob));
        posts.put("/settings/orgs/" + evil + "/members/remove", Map.of("member", bob));
        posts.forEach((path, fields) -> {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("csrf", malloryCsrf);
            HttpResponse<String> response = mallory.postForm(server.url(path), form);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        });

        Browser bobBrowser = signedIn("bob");
        String bobCsrf = Browser.inputValue(page(bobBrowser, "/settings/apps"), "csrf");
        assertThat(page(bobBrowser, "/settings/apps")).doesNotContain(">Resources</a>");
        for (String path : List.of(homePath + "/clients", homePath + "/clients/new", homePath + "/clients/" + client,
                homePath + "/members")) {
            HttpResponse<String> response = bobBrowser.get(server.url(path));
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).contains("<h1>Not allowed</h1>")
                    .contains("Only owners and admins of home");
        }
        HttpResponse<String> resources = bobBrowser.get(server.url("/settings/resources"));
        assertThat(resources.statusCode()).isEqualTo(403);
        assertThat(resources.body()).contains("Only owners and admins of an organization");
        for (String path : List.of(homePath + "/clients", homePath + "/clients/" + client + "/delete",
                homePath + "/members/add", homePath + "/members/role", "/settings/resources/remove")) {
            Map<String, String> form = new LinkedHashMap<>(posts.getOrDefault(path, Map.of()));
            form.putIfAbsent("username", "mallory");
            form.putIfAbsent("role", "admin");
            form.putIfAbsent("member", bob);
            form.putIfAbsent("name", "notes");
            form.put("csrf", bobCsrf);
            assertThat(bobBrowser.postForm(server.url(path), form).statusCode()).as(path).isEqualTo(403);
        }

        // Nothing of home was changed by either of them.
        assertThat(page(alice, homePath + "/clients")).contains("Dashboard").doesNotContain("Sneaky");
        assertThat(page(alice, homePath + "/clients/" + client)).contains("https://dash.example/cb");
        assertThat(page(alice, homePath + "/members")).contains("bob").doesNotContain("mallory")
                .doesNotContain("sneaky");
        assertThat(page(alice, "/settings/resources")).contains(">Remove notes</button>");
        assertThat(page(alice, "/settings/apps")).contains(">Revoke<span class=\"visually-hidden\"> Test MCP client</span></button>");
        assertThat(flow.refresh(mcpClient, tokens.get("refresh_token").asText()).statusCode()).isEqualTo(200);
    }

    // --- What the pages change -------------------------------------------------------------------------------

    @Test
    void confidentialClientWhenRegisteredForServerToServerThenItsSecretGetsClientCredentialsTokens() {
        startWithAliceInHome();
        Browser alice = signedIn("alice");
        String org = orgId(page(alice, "/settings/apps"));

        Registered post = registerClient(alice, org, "Backend", "confidential_post", "", false, true);
        Registered basic = registerClient(alice, org, "Reporter", "confidential_basic", "", false, true);

        assertThat(post.page()).contains("<h1>Client registered</h1>").contains("shown only once");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", post.clientId());
        form.put("client_secret", post.secret());
        form.put("resource", server.resourceUrl());
        HttpResponse<String> token = new Browser().postForm(server.url("/oauth/token"), form);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode claims = OAuthFlow.jwtPayload(Browser.json(token).get("access_token").asText());
        assertThat(claims.get("client_id").asText()).isEqualTo(post.clientId());
        assertThat(claims.get("aud").asText()).isEqualTo(server.resourceUrl());

        HttpResponse<String> basicToken = new Browser().postForm(server.url("/oauth/token"),
                Map.of("grant_type", "client_credentials", "resource", server.resourceUrl()),
                Map.of("Authorization", OAuthFlow.basic(new OAuthFlow.RegisteredClient(basic.clientId(), basic.secret()))));
        assertThat(basicToken.statusCode()).as(basicToken.body()).isEqualTo(200);

        String listed = page(alice, "/settings/orgs/" + org + "/clients");
        assertThat(listed).contains("Backend").contains("Reporter").doesNotContain(post.secret());
        assertThat(page(alice, "/settings/orgs/" + org + "/clients/" + post.clientId()))
                .doesNotContain(post.secret());
    }

    @Test
    void registerClientWhenTheFormIsRefusedThenShowsWhyAndKeepsWhatWasTyped() {
        startWithAliceInHome();
        Browser alice = signedIn("alice");
        String org = orgId(page(alice, "/settings/apps"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", Browser.inputValue(page(alice, "/settings/apps"), "csrf"));
        form.put("client_name", "Public robot");
        form.put("client_type", "public");
        form.put("redirect_uris", "http://insecure.example/cb");
        form.put("resource:notes", "on");
        form.put("server_to_server", "on");

        HttpResponse<String> refused = alice.postForm(server.url("/settings/orgs/" + org + "/clients"), form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<div class=\"alert\" role=\"alert\">").contains("value=\"Public robot\"")
                .contains("http://insecure.example/cb</textarea>");
        assertThat(page(alice, "/settings/orgs/" + org + "/clients")).doesNotContain("Public robot");
    }

    @Test
    void selfRegisteredClientWhenAuthorizedInTheOrganizationThenListedAndMarkedButNotEditable() {
        startWithAliceInHome();
        OAuthFlow flow = new OAuthFlow(server);
        OAuthFlow.RegisteredClient dynamic = flow.registerPublicClient();
        flow.tokensFor(dynamic, server.resourceUrl(), "mcp:use", "alice", "home");
        String org = orgId(page(flow.browser, "/settings/apps"));

        String clients = page(flow.browser, "/settings/orgs/" + org + "/clients");

        assertThat(clients).contains("Test MCP client").contains("self-registered")
                .doesNotContain("/clients/" + dynamic.clientId() + "\"");
        assertThat(flow.browser.get(server.url("/settings/orgs/" + org + "/clients/" + dynamic.clientId()))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void connectedAppWhenRevokedThenItsRefreshTokenStopsWorking() {
        startWithAliceInHome();
        OAuthFlow flow = new OAuthFlow(server);
        OAuthFlow.RegisteredClient client = flow.registerPublicClient();
        JsonNode tokens = flow.tokensFor(client, server.resourceUrl(), "mcp:use offline_access", "alice", "home");
        String apps = page(flow.browser, "/settings/apps");
        assertThat(apps).contains("Test MCP client").contains("<span class=\"badge ok\">Active</span>")
                .contains(">Revoke<span class=\"visually-hidden\"> Test MCP client</span></button>");

        HttpResponse<String> revoked = flow.browser.postForm(server.url("/settings/apps/revoke"),
                Map.of("csrf", Browser.inputValue(apps, "csrf"), "grant", Browser.inputValue(apps, "grant")));

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(revoked.headers().firstValue("Location")).hasValue("/settings/apps?done=revoked");
        HttpResponse<String> refresh = flow.refresh(client, tokens.get("refresh_token").asText());
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(Browser.json(refresh).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(page(flow.browser, "/settings/apps?done=revoked")).contains("role=\"status\"")
                .contains("Revoked").doesNotContain(">Revoke<span class=\"visually-hidden\"> Test MCP client</span></button>");
    }

    @Test
    void membersWhenAnOwnerAddsCreatesChangesAndRemovesThenThePageFollowsAndRefusalsAreShownInPlace() {
        startWithAliceInHome();
        server.addUser("bob", "elsewhere", Role.OWNER);
        Browser alice = signedIn("alice");
        String org = orgId(page(alice, "/settings/apps"));
        String members = "/settings/orgs/" + org + "/members";
        String csrf = Browser.inputValue(page(alice, members), "csrf");

        assertThat(alice.postForm(server.url(members + "/add"), Map.of("csrf", csrf, "username", "bob",
                "role", "member")).statusCode()).isEqualTo(303);
        assertThat(alice.postForm(server.url(members + "/create"), Map.of("csrf", csrf, "username", "dora",
                "password", TestServer.PASSWORD, "role", "admin")).statusCode()).isEqualTo(303);
        String listed = page(alice, members);
        assertThat(listed).contains("Role of bob").contains(">Change role of dora</button>").contains(">Remove bob</button>");
        assertThat(signIn(new Browser(), "dora", "/settings/apps").statusCode()).isEqualTo(303);

        HttpResponse<String> again = alice.postForm(server.url(members + "/add"), Map.of("csrf", csrf,
                "username", "bob", "role", "admin"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("role=\"alert\"").contains("already a member").contains("value=\"bob\"");
        HttpResponse<String> weak = alice.postForm(server.url(members + "/create"), Map.of("csrf", csrf,
                "username", "erin", "password", "short", "role", "member"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("role=\"alert\"").contains("value=\"erin\"");

        String bob = memberId(listed, "bob");
        assertThat(alice.postForm(server.url(members + "/role"), Map.of("csrf", csrf, "member", bob,
                "role", "admin")).headers().firstValue("Location")).hasValue(members + "?done=role-changed");
        assertThat(roleSelectOf(page(alice, members), "bob")).contains("<option value=\"admin\" selected>");
        assertThat(alice.postForm(server.url(members + "/remove"), Map.of("csrf", csrf, "member", bob))
                .statusCode()).isEqualTo(303);
        assertThat(page(alice, members)).doesNotContain("Role of bob").contains("Role of dora");
    }

    @Test
    void resourcesAndProfileWhenSavedThenShownAndBadValuesAreExplainedInPlace() {
        startWithAliceInHome();
        Browser alice = signedIn("alice");
        String csrf = Browser.inputValue(page(alice, "/settings/apps"), "csrf");

        HttpResponse<String> added = alice.postForm(server.url("/settings/resources/add"), Map.of("csrf", csrf,
                "name", "tools", "upstream", "http://127.0.0.1:9/mcp", "scopes", "mcp:use"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(page(alice, "/settings/resources")).contains(server.url("/mcp/tools")).contains(">Remove tools</button>");
        HttpResponse<String> bad = alice.postForm(server.url("/settings/resources/add"), Map.of("csrf", csrf,
                "name", "Bad Name", "upstream", "ftp://x", "scopes", "mcp:use"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("role=\"alert\"").contains("value=\"Bad Name\"").contains("value=\"ftp://x\"");
        assertThat(alice.postForm(server.url("/settings/resources/remove"), Map.of("csrf", csrf, "name", "tools"))
                .statusCode()).isEqualTo(303);
        assertThat(page(alice, "/settings/resources")).doesNotContain(">Remove tools</button>");

        HttpResponse<String> saved = alice.postForm(server.url("/settings/account/profile"), Map.of("csrf", csrf,
                "email", "alice@example.com", "display_name", "Alice Liddell"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(page(alice, "/settings/account")).contains("value=\"alice@example.com\"")
                .contains("value=\"Alice Liddell\"");
        HttpResponse<String> invalid = alice.postForm(server.url("/settings/account/profile"), Map.of("csrf", csrf,
                "email", "not an address", "display_name", "Alice"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("role=\"alert\"").contains("value=\"not an address\"");
        assertThat(page(alice, "/settings/account")).contains("value=\"alice@example.com\"");
    }

    @Test
    void organizationSwitcherWhenTheUserHasSeveralThenOpensTheSameSectionForThePickedOne() {
        startWithAliceInHome();
        server.join("alice", "lab", Role.ADMIN);
        Browser alice = signedIn("alice");
        String apps = page(alice, "/settings/apps");
        assertThat(apps).contains("<label for=\"nav-organization\">Organization</label>").contains(">Switch</button>");
        List<String> organizations = Browser.optionValues(apps.replace(" selected>", ">"), "organization");
        assertThat(organizations).hasSize(2);
        String lab = Browser.optionWithLabel(apps.replace(" selected>", ">"), "lab");

        HttpResponse<String> switched = alice.get(server.url("/settings/switch?organization=" + lab
                + "&section=members"));

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/settings/orgs/" + lab + "/members");
        assertThat(page(alice, "/settings/orgs/" + lab + "/members")).contains("<strong>lab</strong>");
        assertThat(orgId(page(alice, "/settings/account"))).isEqualTo(lab);
        assertThat(alice.get(server.url("/settings/switch?organization=someone-elses&section=members")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void pagesWhenTheIssuerHasAPathThenLinksFormsAndRedirectsStayUnderIt() {
        server = TestServer.start(dataDir, SigningAlgorithm.ES256, "/auth");
        server.addUser("alice", "home", Role.OWNER);
        Browser browser = new Browser();

        HttpResponse<String> redirected = browser.get(server.url("/settings/account"));
        assertThat(redirected.headers().firstValue("Location")).hasValue("/auth/sign-in?next=%2Fsettings%2Faccount");
        HttpResponse<String> form = browser.get(server.url("/sign-in?next=%2Fsettings%2Faccount"));
        assertThat(form.body()).contains("action=\"/auth/sign-in\"").contains("href=\"/auth/assets/latchkey.css\"");
        HttpResponse<String> signedIn = browser.postForm(server.url("/sign-in"), Map.of("csrf",
                Browser.inputValue(form.body(), "csrf"), "next", "/settings/account", "username", "alice",
                "password", TestServer.PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/auth/settings/account");

        String account = page(browser, "/settings/account");
        assertThat(account).contains("action=\"/auth/settings/account/profile\"").contains("href=\"/auth/settings/apps\"")
                .contains("action=\"/auth/sign-out\"");
        String org = orgId(account.replace("/auth/settings/orgs/", "/settings/orgs/"));
        assertThat(page(browser, "/settings/orgs/" + org + "/members")).contains("<h1>Members</h1>")
                .contains("action=\"/auth/settings/orgs/" + org + "/members/add\"");
        assertThat(browser.get(server.url("/settings/orgs/" + org + "/nothing")).statusCode()).isEqualTo(404);
    }

    // --- Helpers ---------------------------------------------------------------------------------------------

    private void startWithAliceInHome() {
        server = TestServer.start(dataDir);
        server.addUser("alice", "home", Role.OWNER);
        server.addResource("notes", server.resourceUrl());
    }

    private Map<String, String> setupForm(String page, String username, String organization) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", Browser.inputValue(page, "token"));
        form.put("csrf", Browser.inputValue(page, "csrf"));
        form.put("username", username);
        form.put("password", TestServer.PASSWORD);
        form.put("organization", organization);
        return form;
    }

    private Browser signedIn(String username) {
        Browser browser = new Browser();
        HttpResponse<String> signedIn = signIn(browser, username, "/settings/apps");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        return browser;
    }

    private HttpResponse<String> signIn(Browser browser, String username, String next) {
        return signIn(browser, username, next, TestServer.PASSWORD);
    }

    private HttpResponse<String> signIn(Browser browser, String username, String next, String password) {
        HttpResponse<String> page = browser.get(server.url("/sign-in?next=" + URLEncoder.encode(next,
                StandardCharsets.UTF_8)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Sign in</h1>").contains("<label for=\"username\">Username</label>")
                .contains("<label for=\"password\">Password</label>").contains(">Sign in</button>");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", Browser.inputValue(page.body(), "csrf"));
        form.put("next", next);
        form.put("username", username);
        form.put("password", password);
        return browser.postForm(server.url("/sign-in"), form);
    }

    private String page(Browser browser, String path) {
        HttpResponse<String> response = browser.get(server.url(path));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private Map<String, String> snapshot(Browser browser, List<String> paths) {
        Map<String, String> pages = new LinkedHashMap<>();
        paths.forEach(path -> pages.put(path, page(browser, path)));
        return pages;
    }

    /** A client registered through the form; {@code secret} is null for a public client. */
    private record Registered(String clientId, String secret, String page) {}

    private Registered registerClient(Browser browser, String org, String name, String type, String redirectUris,
            boolean userSignIn, boolean serverToServer) {
        String form = page(browser, "/settings/orgs/" + org + "/clients/new");
        assertThat(form).contains("<label for=\"client-name\">Client name</label>")
                .contains("<legend id=\"client-type-legend\">Client type</legend>")
                .contains(">Public (PKCE only)</label>")
                .contains(">Confidential, secret in the request body (recommended)</label>")
                .contains(">Confidential, secret with HTTP Basic</label>")
                .contains("<label for=\"redirect-uris\">Redirect URIs</label>")
                .contains("<label for=\"resource-notes\">notes</label>")
                .contains(">Users sign in through it</label>").contains(">Server to server (client_credentials)</label>")
                .contains(">Register client</button>");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", Browser.inputValue(form, "csrf"));
        fields.put("client_name", name);
        fields.put("client_type", type);
        fields.put("redirect_uris", redirectUris);
        fields.put("resource:notes", "on");
        if (userSignIn) {
            fields.put("user_sign_in", "on");
        }
        if (serverToServer) {
            fields.put("server_to_server", "on");
        }
        HttpResponse<String> response = browser.postForm(server.url("/settings/orgs/" + org + "/clients"), fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Supplier<Matcher> secret = () -> Pattern.compile("<code id=\"client-secret\">([^<]+)</code>")
                .matcher(response.body());
        Matcher id = Pattern.compile("<code id=\"client-id\">([^<]+)</code>").matcher(response.body());
        assertThat(id.find()).isTrue();
        Matcher found = secret.get();
        return new Registered(id.group(1), found.find() ? found.group(1) : null, response.body());
    }

    private static String orgId(String page) {
        Matcher matcher = ORG_LINK.matcher(page);
        assertThat(matcher.find()).as("organization link in\n%s", page).isTrue();
        return matcher.group(1);
    }

    private static String memberId(String membersPage, String username) {
        Matcher matcher = Pattern.compile("name=\"member\" value=\"([^\"]+)\">\\s*<label for=\"role-[^\"]+\""
                + " class=\"visually-hidden\">Role of " + Pattern.quote(username) + "</label>").matcher(membersPage);
        assertThat(matcher.find()).as("member %s in\n%s", username, membersPage).isTrue();
        return matcher.group(1);
    }

    /** The role select of {@code username}'s row. */
    private static String roleSelectOf(String membersPage, String username) {
        Matcher matcher = Pattern.compile("Role of " + Pattern.quote(username) + "</label>\\s*(<select.*?</select>)",
                Pattern.DOTALL).matcher(membersPage);
        assertThat(matcher.find()).as("role select of %s in\n%s", username, membersPage).isTrue();
        return matcher.group(1);
    }

    /** Every visible input, select and textarea has a {@code <label for>} naming it. */
    private static void assertEveryInputIsLabelled(String path, String page) {
        Matcher field = Pattern.compile("<(input|select|textarea)\\b([^>]*)>").matcher(page);
        while (field.find()) {
            String attributes = field.group(2);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(attributes);
            assertThat(id.find()).as("%s: a field without id: %s", path, field.group()).isTrue();
            assertThat(page).as("%s: label for %s", path, id.group(1)).contains("<label for=\"" + id.group(1) + "\"");
        }
    }
}
