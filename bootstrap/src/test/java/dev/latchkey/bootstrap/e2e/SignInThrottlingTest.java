package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.org.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in throttling through the real server (NIST SP 800-63B §5.2.2): after four failures for a
 * username, the next attempt is answered 429 with {@code Retry-After} (RFC 6585 §4) and a message saying
 * how long to wait, the same for an unknown username; once the wait is over the right password works.
 */
class SignInThrottlingTest {

    @TempDir
    Path dataDir;

    TestServer server;
    OAuthFlow flow;
    String consentUrl;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        server.addUser("alice", "home", Role.OWNER);
        server.addResource("notes", server.resourceUrl());
        flow = new OAuthFlow(server);
        OAuthFlow.RegisteredClient client = flow.registerPublicClient();
        consentUrl = flow.startAuthorization(flow.authorizeParameters(client.clientId(), OAuthFlow.Pkce.generate(), "st"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> postSignIn(String username, String password) {
        HttpResponse<String> signInPage = flow.browser.get(consentUrl);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request", Browser.inputValue(signInPage.body(), "request"));
        form.put("csrf", Browser.inputValue(signInPage.body(), "csrf"));
        form.put("username", username);
        form.put("password", password);
        return flow.browser.postForm(server.url("/oauth/authorize/sign-in"), form);
    }

    @Test
    void signInWhenFourFailuresThenTheNextIsAnswered429WithRetryAfterAndTheSameMessageForAnyUsername() {
        for (int i = 0; i < 4; i++) {
            assertThat(postSignIn("alice", "wrong password").statusCode()).isEqualTo(200);
            assertThat(postSignIn("mallory", "wrong password").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> known = postSignIn("alice", TestServer.PASSWORD);
        HttpResponse<String> unknown = postSignIn("mallory", TestServer.PASSWORD);

        assertThat(known.statusCode()).isEqualTo(429);
        assertThat(known.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(known.body()).contains("Too many sign-in attempts failed. Wait 1 second, then try again.");
        assertThat(unknown.statusCode()).isEqualTo(429);
        assertThat(unknown.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(unknown.body()).contains("Too many sign-in attempts failed. Wait 1 second, then try again.");
    }

    @Test
    void signInWhenTheWaitIsOverThenTheRightPasswordSignsIn() {
        for (int i = 0; i < 4; i++) {
            postSignIn("alice", "wrong password");
        }
        server.clock.advance(Duration.ofSeconds(1));

        HttpResponse<String> signedIn = postSignIn("alice", TestServer.PASSWORD);

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
    }
}
