package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.adapters.jose.SigningAlgorithm;
import dev.latchkey.domain.org.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that change what clients see: an issuer with a path, and RS256 signing. */
class IssuerVariantsTest {

    @TempDir
    Path dataDir;

    @Test
    void metadataWhenIssuerHasPathThenServedAtPathInsertedUrlAndEndpointsLiveUnderThePath() {
        try (TestServer server = TestServer.start(dataDir, SigningAlgorithm.ES256, "/auth")) {
            Browser browser = new Browser();
            String origin = "http://127.0.0.1:" + server.server.port();

            // RFC 8414 §3.1: the well-known string goes between host and path.
            HttpResponse<String> inserted = browser.get(origin + "/.well-known/oauth-authorization-server/auth");
            assertThat(inserted.statusCode()).isEqualTo(200);
            JsonNode metadata = Browser.json(inserted);
            assertThat(metadata.get("issuer").asText()).isEqualTo(origin + "/auth");
            assertThat(metadata.get("token_endpoint").asText()).isEqualTo(origin + "/auth/oauth/token");

            // The advertised endpoints answer, whether or not a proxy strips the path.
            assertThat(browser.get(metadata.get("jwks_uri").asText()).statusCode()).isEqualTo(200);
            assertThat(browser.get(origin + "/jwks.json").statusCode()).isEqualTo(200);
            HttpResponse<String> registered = browser.post(metadata.get("registration_endpoint").asText(),
                    "application/json", "{\"redirect_uris\":[\"http://127.0.0.1:9999/callback\"],"
                            + "\"token_endpoint_auth_method\":\"none\"}");
            assertThat(registered.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void tokenWhenSigningAlgorithmIsRs256ThenAccessTokenIsRs256AndJwksHasRsaKey() {
        try (TestServer server = TestServer.start(dataDir, SigningAlgorithm.RS256)) {
            server.addUser("alice", "home", Role.OWNER);
            server.addResource("notes", server.resourceUrl());
            OAuthFlow flow = new OAuthFlow(server);
            OAuthFlow.RegisteredClient client = flow.registerPublicClient();
            OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();

            JsonNode tokens = Browser.json(flow.exchangeCode(client, flow.authorize(client, pkce, "alice", "home"),
                    pkce));

            assertThat(OAuthFlow.jwtHeader(tokens.get("access_token").asText()).get("alg").asText())
                    .isEqualTo("RS256");
            JsonNode key = Browser.json(flow.browser.get(server.url("/jwks.json"))).get("keys").get(0);
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.has("d")).isFalse();
        }
    }
}
