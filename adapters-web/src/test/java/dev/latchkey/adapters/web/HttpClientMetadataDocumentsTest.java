package dev.latchkey.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.port.ClientMetadataDocuments.Failed;
import dev.latchkey.application.port.ClientMetadataDocuments.Fetch;
import dev.latchkey.application.port.ClientMetadataDocuments.Fetched;
import dev.latchkey.domain.client.ClientMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetcher against a real HTTPS server on 127.0.0.1, with a certificate for 127.0.0.1 that the fetcher
 * trusts (and nothing else). Private addresses are allowed, since the server is on loopback, except where
 * the address check itself is tested.
 */
class HttpClientMetadataDocumentsTest {

    /** Generous, so that a busy build machine does not fail the tests that expect a document. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** For the tests of slow servers, which stall for far longer than this. */
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration STALL = Duration.ofSeconds(30);
    private static final int SMALL_LIMIT = 1024;

    @TempDir
    static Path keys;

    private static TestCertificates forLoopback;
    private static TestCertificates forLocalhostNameOnly;

    private TestHttpsServer server;
    private HttpClientMetadataDocuments documents;

    @BeforeAll
    static void makeCertificates() throws Exception {
        forLoopback = TestCertificates.generate(keys, "loopback", "ip:127.0.0.1,dns:localhost");
        forLocalhostNameOnly = TestCertificates.generate(keys, "localhost-only", "dns:localhost");
    }

    @BeforeEach
    void startServer() throws IOException, GeneralSecurityException {
        server = TestHttpsServer.start(forLoopback.serverContext());
        documents = fetcher(true);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static HttpClientMetadataDocuments fetcher(boolean allowPrivate)
            throws IOException, GeneralSecurityException {
        return fetcher(allowPrivate, TIMEOUT);
    }

    private static HttpClientMetadataDocuments fetcher(boolean allowPrivate, Duration timeout)
            throws IOException, GeneralSecurityException {
        return new HttpClientMetadataDocuments(allowPrivate, forLoopback.clientTrustingOnlyThis(), timeout,
                SMALL_LIMIT);
    }

    private static Fetched fetched(Fetch fetch) {
        if (fetch instanceof Failed failed) {
            fail("expected a document, got: " + failed.reason());
        }
        return (Fetched) fetch;
    }

    private static String failure(Fetch fetch) {
        assertThat(fetch).isInstanceOf(Failed.class);
        return ((Failed) fetch).reason();
    }

    private String fullDocument(URI url) {
        return """
                {
                  "client_id": "%s",
                  "client_name": "Example MCP Client",
                  "client_uri": "https://client.example",
                  "logo_uri": "https://client.example/logo.png",
                  "tos_uri": "https://client.example/tos",
                  "policy_uri": "https://client.example/privacy",
                  "redirect_uris": ["http://127.0.0.1:3000/callback", "https://client.example/callback"],
                  "grant_types": ["authorization_code", "refresh_token"],
                  "response_types": ["code"],
                  "token_endpoint_auth_method": "none",
                  "token_endpoint_auth_methods_supported": ["none", "private_key_jwt"],
                  "contacts": ["dev@client.example"],
                  "software_id": "4NRB1-0XZABZI9E6-5SM3R",
                  "software_version": "2.1",
                  "scope": "mcp:tools mcp:resources"
                }
                """.formatted(url);
    }

    // --- documents that are read

    @Test
    void fetchWhenDocumentIsValidThenMapsEveryMember() {
        URI url = server.url("/oauth/client.json");
        server.json("/oauth/client.json", "application/json", fullDocument(url));

        ClientMetadata metadata = fetched(documents.fetch(url)).metadata();

        assertThat(metadata).isEqualTo(new ClientMetadata(
                Optional.of(url.toString()),
                Optional.of(List.of("http://127.0.0.1:3000/callback", "https://client.example/callback")),
                Optional.of("none"),
                Optional.of(List.of("none", "private_key_jwt")),
                Optional.of(List.of("authorization_code", "refresh_token")),
                Optional.of(List.of("code")),
                Optional.of("Example MCP Client"),
                Optional.of("https://client.example"),
                Optional.of("https://client.example/logo.png"),
                Optional.of("https://client.example/tos"),
                Optional.of("https://client.example/privacy"),
                List.of("dev@client.example"),
                Optional.of("4NRB1-0XZABZI9E6-5SM3R"),
                Optional.of("2.1"),
                Optional.of("mcp:tools mcp:resources")));
    }

    @Test
    void fetchWhenRequestSentThenAsksForJsonAndNamesLatchkey() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "{}");

        fetched(documents.fetch(url));

        HttpExchange request = server.exchanges().getFirst();
        assertThat(request.getRequestMethod()).isEqualTo("GET");
        assertThat(request.getRequestHeaders().getFirst("Accept")).isEqualTo("application/json");
        assertThat(request.getRequestHeaders().getFirst("User-Agent"))
                .isEqualTo("Latchkey (Client ID Metadata Document fetcher)");
    }

    @Test
    void fetchWhenDocumentHasUnknownMembersThenIgnoresThem() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", """
                {"client_id": "%s", "client_name": "Example", "client_name#ja": "例",
                 "jwks": {"keys": []}, "application_type": "native", "x-custom": [1, {"a": null}]}
                """.formatted(url));

        ClientMetadata metadata = fetched(documents.fetch(url)).metadata();

        assertThat(metadata.clientId()).contains(url.toString());
        assertThat(metadata.clientName()).contains("Example");
        assertThat(metadata.redirectUris()).isEmpty();
        assertThat(metadata.contacts()).isEmpty();
    }

    @Test
    void fetchWhenKnownMemberIsNullThenTreatsItAsAbsent() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json",
                "{\"client_name\": null, \"redirect_uris\": null, \"contacts\": null}");

        ClientMetadata metadata = fetched(documents.fetch(url)).metadata();

        assertThat(metadata.clientName()).isEmpty();
        assertThat(metadata.redirectUris()).isEmpty();
        assertThat(metadata.contacts()).isEmpty();
    }

    @Test
    void fetchWhenContentTypeIsAJsonSubtypeWithCharsetThenAcceptsIt() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/oauth-client-metadata+json; charset=utf-8",
                "{\"client_name\": \"Example\"}");

        assertThat(fetched(documents.fetch(url)).metadata().clientName()).contains("Example");
    }

    @Test
    void fetchWhenBodyIsExactlyTheLimitThenReadsIt() {
        URI url = server.url("/client.json");
        String document = "{\"client_name\": \"Example\"}";
        server.json("/client.json", "application/json", document + " ".repeat(SMALL_LIMIT - document.length()));

        assertThat(fetched(documents.fetch(url)).metadata().clientName()).contains("Example");
    }

    // --- documents that are refused

    @Test
    void fetchWhenKnownMemberHasWrongTypeThenFailsNamingMemberAndType() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json",
                "{\"client_name\": 42, \"redirect_uris\": \"https://client.example/cb\", \"contacts\": [\"a\", 1]}");

        String reason = failure(documents.fetch(url));

        assertThat(reason).contains(url.toString())
                .contains("client_name must be a JSON string, not a number")
                .contains("redirect_uris must be a JSON array of strings, not a string")
                .contains("contacts must be a JSON array of strings, but contains a number");
    }

    @Test
    void fetchWhenBodyIsNotJsonThenFails() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "<html>not json</html>");

        assertThat(failure(documents.fetch(url))).contains(url.toString()).contains("is not valid JSON");
    }

    @Test
    void fetchWhenJsonHasTrailingContentThenFails() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "{\"client_name\": \"a\"} {\"client_name\": \"b\"}");

        assertThat(failure(documents.fetch(url))).contains("is not valid JSON: more follows the first JSON value")
                .contains("Serve exactly one JSON object");
    }

    @Test
    void fetchWhenBodyIsNotAnObjectThenFails() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "[{\"client_id\": \"x\"}]");

        assertThat(failure(documents.fetch(url))).contains("is JSON but not an object (it is an array)");
    }

    @Test
    void fetchWhenMemberNameIsRepeatedThenFails() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json",
                "{\"client_id\": \"https://a.example/c\", \"client_id\": \"https://b.example/c\"}");

        assertThat(failure(documents.fetch(url))).contains("is not valid JSON").contains("Duplicate field 'client_id'")
                .contains("member names are unique");
    }

    @Test
    void fetchWhenBodyIsEmptyThenFails() {
        URI url = server.url("/client.json");
        server.on("/client.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, -1);
        });

        assertThat(failure(documents.fetch(url))).contains("is empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 500, 204, 403})
    void fetchWhenStatusIsNot200ThenFailsSayingTheStatus(int status) {
        URI url = server.url("/client.json");
        server.on("/client.json", exchange -> TestHttpsServer.send(exchange, status, "application/json",
                status == 204 ? "" : "{\"client_name\": \"Example\"}"));

        assertThat(failure(documents.fetch(url))).contains(url.toString())
                .contains("answered HTTP " + status + " instead of 200 OK");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void fetchWhenRedirectedThenFailsNamingTheLocationWithoutFollowingIt(int status) {
        URI url = server.url("/client.json");
        URI target = server.url("/elsewhere.json");
        server.json("/elsewhere.json", "application/json", "{\"client_id\": \"" + target + "\"}");
        server.on("/client.json", exchange -> {
            exchange.getResponseHeaders().set("Location", target.toString());
            exchange.sendResponseHeaders(status, -1);
        });

        String reason = failure(documents.fetch(url));

        assertThat(reason).contains("answered " + status).contains("redirecting to " + target)
                .contains("does not follow redirects");
        assertThat(server.calls("/client.json")).isEqualTo(1);
        assertThat(server.calls("/elsewhere.json")).isZero();
    }

    @Test
    void fetchWhenContentTypeIsNotJsonThenFailsNamingIt() {
        URI url = server.url("/client.json");
        server.json("/client.json", "text/html; charset=utf-8", "{\"client_name\": \"Example\"}");

        assertThat(failure(documents.fetch(url))).contains("was served as text/html; charset=utf-8")
                .contains("Serve it as application/json");
    }

    @Test
    void fetchWhenContentTypeIsMissingThenFails() {
        URI url = server.url("/client.json");
        server.on("/client.json", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });

        assertThat(failure(documents.fetch(url))).contains("without a Content-Type");
    }

    @Test
    void fetchWhenContentLengthExceedsLimitThenFailsWithoutReadingTheBody() {
        URI url = server.url("/client.json");
        String big = "{\"client_name\": \"" + "x".repeat(SMALL_LIMIT * 4) + "\"}";
        server.json("/client.json", "application/json", big);

        assertThat(failure(documents.fetch(url))).contains("larger than the " + SMALL_LIMIT + " bytes")
                .contains("(Content-Length: " + big.length() + ")");
    }

    @Test
    void fetchWhenChunkedBodyExceedsLimitThenFails() {
        URI url = server.url("/client.json");
        server.on("/client.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("{\"client_name\": \"" + "x".repeat(SMALL_LIMIT * 64) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });

        String reason = failure(documents.fetch(url));

        assertThat(reason).contains("larger than the " + SMALL_LIMIT + " bytes").doesNotContain("Content-Length");
    }

    @Test
    void fetchWhenHeadersAreSlowThenFailsWithinTheTimeout() throws Exception {
        URI url = server.url("/client.json");
        server.on("/client.json", exchange -> {
            Thread.sleep(STALL.toMillis());
            TestHttpsServer.send(exchange, 200, "application/json", "{}");
        });

        long started = System.nanoTime();
        String reason = failure(fetcher(true, SHORT_TIMEOUT).fetch(url));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reason).contains("did not arrive within 1 second");
        assertThat(took).isLessThan(SHORT_TIMEOUT.plusSeconds(4));
    }

    @Test
    void fetchWhenBodyTricklesThenFailsWithinTheTimeoutAndHangsUp() throws Exception {
        URI url = server.url("/client.json");
        CountDownLatch hungUp = new CountDownLatch(1);
        server.on("/client.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 1000);
            try {
                OutputStream out = exchange.getResponseBody();
                out.write('{');
                out.flush();
                // One byte every 100 ms: every read is quick, but the whole body would take 100 seconds.
                for (int i = 0; i < 998; i++) {
                    Thread.sleep(100);
                    out.write(' ');
                    out.flush();
                }
                out.write('}');
                out.close();
            } catch (IOException closedByTheFetcher) {
                hungUp.countDown();
            }
        });

        long started = System.nanoTime();
        String reason = failure(fetcher(true, SHORT_TIMEOUT).fetch(url));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reason).contains("did not arrive within 1 second");
        assertThat(took).isLessThan(SHORT_TIMEOUT.plusSeconds(4));
        assertThat(hungUp.await(5, TimeUnit.SECONDS)).as("the fetcher closed the connection").isTrue();
    }

    // --- TLS

    @Test
    void fetchWhenCertificateIsNotTrustedThenFailsBeforeAnyRequest() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "{}");

        // The production constructor: the JVM's default trust store, which does not know the test CA.
        String reason = failure(new HttpClientMetadataDocuments(true).fetch(url));

        assertThat(reason).contains("TLS handshake").contains("-Djavax.net.ssl.trustStore");
        assertThat(server.calls("/client.json")).isZero();
    }

    @Test
    void fetchWhenCertificateIsTrustedButNotForTheHostThenFailsBeforeAnyRequest() throws Exception {
        // What DNS rebinding to an internal service looks like: a trusted certificate, for another name.
        try (TestHttpsServer other = TestHttpsServer.start(forLocalhostNameOnly.serverContext())) {
            URI url = other.url("/client.json");
            other.json("/client.json", "application/json", "{}");
            SSLContext trustingIt = forLocalhostNameOnly.clientTrustingOnlyThis();

            String reason = failure(new HttpClientMetadataDocuments(true, trustingIt, TIMEOUT, SMALL_LIMIT)
                    .fetch(url));

            assertThat(reason).contains("TLS handshake").contains("valid for 127.0.0.1");
            assertThat(other.calls("/client.json")).isZero();
        }
    }

    @Test
    void hostnameVerificationProblemWhenJdkSwitchIsSetThenNamesIt() {
        assertThat(HttpClientMetadataDocuments.hostnameVerificationProblem(null)).isEmpty();
        assertThat(HttpClientMetadataDocuments.hostnameVerificationProblem("false")).isEmpty();
        assertThat(HttpClientMetadataDocuments.hostnameVerificationProblem("")).get().asString()
                .contains("-Djdk.internal.httpclient.disableHostnameVerification");
        assertThat(HttpClientMetadataDocuments.hostnameVerificationProblem("true")).isPresent();
    }

    // --- refused before any network I/O

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1:PORT/client.json",
        "https://127.0.0.1:PORT/client.json#main",
        "https://user:secret@127.0.0.1:PORT/client.json",
        "https://127.0.0.1:PORT",
        "https://127.0.0.1:PORT/oauth/../client.json",
        "https://127.0.0.1:PORT/./client.json",
        "https://127.0.0.1:PORT/oauth/%2E%2E/client.json"})
    void fetchWhenUrlIsNotAClientIdentifierUrlThenFailsWithoutConnecting(String template) {
        server.json("/", "application/json", "{}");
        URI url = URI.create(template.replace("PORT", String.valueOf(server.port())));

        assertThat(failure(documents.fetch(url))).contains(url.toString());
        assertThat(server.calls("/")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void fetchWhenHostIsLoopbackAndPrivateAddressesAreNotAllowedThenFailsWithoutConnecting(String host)
            throws Exception {
        server.json("/", "application/json", "{}");
        URI url = URI.create("https://" + host + ":" + server.port() + "/client.json");

        String reason = failure(fetcher(false).fetch(url));

        assertThat(reason).contains("loopback address").contains("RFC 6890")
                .contains("--cimd-allow-private").contains("LATCHKEY_CIMD_ALLOW_PRIVATE=true");
        assertThat(server.calls("/")).isZero();
    }

    @Test
    void fetchWhenHostDoesNotResolveThenFailsNamingIt() {
        String reason = failure(documents.fetch(URI.create("https://client.invalid/client.json")));

        assertThat(reason).contains("client.invalid");
    }

    @Test
    void fetchWhenNothingListensThenFailsSayingSo() throws Exception {
        URI url = server.url("/client.json");
        server.close();

        assertThat(failure(documents.fetch(url))).contains("Could not connect to 127.0.0.1:" + url.getPort())
                .contains(url.toString());
    }

    // --- freshness

    @Test
    void fetchWhenMaxAgeIsGivenThenFreshForThatLong() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "{}", "Cache-Control", "public, max-age=600");

        assertThat(fetched(documents.fetch(url)).freshFor()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void fetchWhenNoCachingHeadersThenFreshForTheDefaultHour() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "{}");

        assertThat(fetched(documents.fetch(url)).freshFor()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void fetchWhenNoStoreThenFreshForTheMinimum() {
        URI url = server.url("/client.json");
        server.json("/client.json", "application/json", "{}", "Cache-Control", "no-store");

        assertThat(fetched(documents.fetch(url)).freshFor()).isEqualTo(Duration.ofMinutes(1));
    }
}
