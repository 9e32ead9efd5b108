package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Username;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official MCP conformance suite's authorization-server scenarios (npm
 * {@code @modelcontextprotocol/conformance@0.2.0-alpha.12}, pinned in e2e-clients, run on Node 22) against
 * Latchkey. The authorization-code scenario needs someone to complete the browser step: the server runs
 * with {@code --test-auto-approve conformance}.
 */
class ConformanceSuiteTest {

    @TempDir
    static Path dataDir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dataDir, Clock.systemUTC(), config -> config.with(new LatchkeyConfig.Advanced(false,
                Optional.of(new Username("conformance")), Duration.ofHours(1))));
        server.addUser("conformance", "conformance", Role.OWNER);
        server.addGatewayResource("suite", "http://127.0.0.1:9/mcp", false, List.of(), "mcp:use");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Runs the suite, acting as the person at the browser: when the suite prints the authorization URL,
     * the test opens it (auto-approval answers at once) and follows the redirect to the suite's callback.
     */
    private static NodeTools.Run conformance(String... arguments) {
        List<String> command = NodeTools.command(NodeTools.node22(),
                "node_modules/@modelcontextprotocol/conformance/dist/index.js", "authorization", "--url", server.base);
        command.addAll(List.of(arguments));
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
        return NodeTools.run(command, Map.of("NO_COLOR", "1", "FORCE_COLOR", "0"), 120, line -> {
            if (line.startsWith(server.base + "/oauth/authorize?")) {
                browser.sendAsync(HttpRequest.newBuilder(URI.create(line.strip())).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        });
    }

    /**
     * Both authorization-server scenarios in one run, as the suite means them to run: the code-grant
     * scenario reads the metadata the metadata-endpoint scenario fetched.
     */
    @Test
    void authorizationServerScenariosAllPass() {
        int callbackPort = TestServer.freePort();
        OAuthFlow flow = new OAuthFlow(server);
        OAuthFlow.RegisteredClient client = flow.register("{\"client_name\":\"MCP conformance suite\","
                + "\"redirect_uris\":[\"http://127.0.0.1:" + callbackPort + "/callback\"],"
                + "\"token_endpoint_auth_method\":\"none\",\"grant_types\":[\"authorization_code\",\"refresh_token\"]}");

        NodeTools.Run run = conformance("--client-id", client.clientId(), "--port", String.valueOf(callbackPort));

        assertThat(run.out()).as(run.out() + run.err())
                .contains("authorization-server-metadata-endpoint: 2 passed, 0 failed")
                .contains("authorization-code-grant: 1 passed, 0 failed")
                .contains("Total: 3 passed, 0 failed");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }
}
