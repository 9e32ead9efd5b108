package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.org.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time at the gateway: an access token stops working when it expires, even after it was cached. */
class GatewayTokenLifetimeTest {

    @TempDir
    Path dataDir;

    @Test
    void callWhenAccessTokenExpiredThen401InvalidTokenEvenThoughItWasVerifiedBefore() throws Exception {
        try (TestServer server = TestServer.start(dataDir); SpyUpstream spy = new SpyUpstream()) {
            server.addUser("alice", "home", Role.OWNER);
            String url = server.addGatewayResource("spy", spy.url("/mcp"), false, List.of(), "mcp:use");
            OAuthFlow flow = new OAuthFlow(server);
            String token = flow.tokensFor(flow.registerPublicClient(), url, "mcp:use", "alice", "home")
                    .get("access_token").asText();
            HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));
            assertThat(flow.browser.send(call.build()).statusCode()).isEqualTo(200);

            server.clock.advance(Duration.ofMinutes(61));

            HttpResponse<String> expired = flow.browser.send(call.build());
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(expired.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token")
                    .contains("expired");
        }
    }
}
