package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.demo.DemoMcpServer;
import dev.latchkey.domain.org.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official TypeScript MCP SDK client (pinned in e2e-clients) through Latchkey's gateway to a real MCP
 * server: discovery from the 401, registration, authorization with resource, token exchange, calls, and
 * a refresh after the access token expires.
 */
class TypeScriptSdkClientTest {

    @TempDir
    Path dataDir;

    @Test
    void sdkClientWhenConnectingThroughGatewayThenCompletesTheFlowCallsToolsAndRefreshes() throws Exception {
        // Access tokens live 3 s here so that the client has to refresh during the test. This server runs on
        // the real clock: the SDK sees real expiry.
        try (TestServer server = TestServer.start(dataDir, Clock.systemUTC(), config -> config.with(
                new LatchkeyConfig.Advanced(false, Optional.empty(), Duration.ofSeconds(3))));
                DemoMcpServer demo = DemoMcpServer.start("127.0.0.1", 0, Clock.systemUTC())) {
            server.addUser("alice", "home", Role.OWNER);
            String url = server.addGatewayResource("demo", demo.endpoint().toString(), true, List.of(), "mcp:use");

            NodeTools.Run run = NodeTools.run(NodeTools.command("node", "sdk-client-flow.mjs", url, "alice",
                    TestServer.PASSWORD, "4"), Map.of(), 90);

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            JsonNode report = Browser.JSON.readTree(run.out());
            assertThat(report.path("authorizationUrl").path("resource").asText()).isEqualTo(url);
            assertThat(report.path("authorizationUrl").path("method").asText()).isEqualTo("S256");
            assertThat(report.path("callbackIss").asText()).isEqualTo(server.base);
            assertThat(report.path("registered").path("redirect_uris").get(0).asText())
                    .isEqualTo("http://127.0.0.1:9/callback");
            assertThat(report.path("tools").toString()).contains("echo").contains("countdown");
            assertThat(report.path("echo").asText()).contains("from the SDK");
            assertThat(report.path("afterRefresh").asText()).contains("after refresh");
            JsonNode saved = report.path("tokensSaved");
            assertThat(saved.size()).as("tokens from the code, then from a refresh").isGreaterThanOrEqualTo(2);
            assertThat(saved.get(0).path("refresh").asText()).isNotEqualTo(saved.get(1).path("refresh").asText());
        }
    }
}
