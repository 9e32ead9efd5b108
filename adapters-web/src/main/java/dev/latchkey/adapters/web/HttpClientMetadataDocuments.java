package dev.latchkey.adapters.web;

import dev.latchkey.adapters.web.ResponseBodies.Body;
import dev.latchkey.application.port.ClientMetadataDocuments;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

/**
 * Fetches Client ID Metadata Documents (draft-ietf-oauth-client-id-metadata-document-02) with the JDK's
 * {@link HttpClient}, enforcing the transport rules of the draft, which the MCP authorization
 * specification (2025-11-25 onwards) makes binding on MCP authorization servers ("MUST follow the
 * requirements specified in OAuth Client ID Metadata Document"):
 *
 * <ul>
 *   <li>the URL is a Client Identifier URL (§3): https, a host, a path, no userinfo, no fragment, no dot
 *       segments; checked before any network I/O;</li>
 *   <li>every address the host resolves to is outside the special-use blocks of RFC 6890 (§8.6), unless an
 *       administrator allows private addresses ({@code --cimd-allow-private});</li>
 *   <li>redirects are not followed (§5: "MUST NOT automatically follow HTTP redirects") and only
 *       {@code 200 OK} is accepted ("MUST treat all other HTTP status codes as an error");</li>
 *   <li>the content type is {@code application/json} or {@code application/<subtype>+json} (§4), at most
 *       {@code maxBytes} are read (§8.7), and the whole fetch (address lookup, connection, TLS, headers and
 *       body) ends within {@code timeout}: a server that trickles its body is cut off too;</li>
 *   <li>the body is one JSON object, read tolerantly into client metadata ({@link MetadataDocumentJson});</li>
 *   <li>the caching headers give how long the document stays fresh ({@link CacheLifetime}, §5.2).</li>
 * </ul>
 *
 * <p>What the document says (its client_id equals the URL, its auth methods, its redirect URIs) is checked
 * by the application, with the same rules as a registration.
 *
 * <p><b>DNS rebinding.</b> The address check resolves the host, and the HttpClient resolves it again to
 * connect, so a hostile DNS server could answer a public address first and an internal one second. That
 * second connection cannot deliver a document: the URL is https, and the client verifies that the server's
 * certificate is valid for the URL's host name and chains to a trusted CA. An internal service reached
 * this way would have to present a publicly trusted certificate for the attacker's host name, which it
 * does not have, so the handshake fails before any request is sent. Hostname verification is on because
 * the JDK HttpClient always sets the {@code HTTPS} endpoint identification algorithm; its only switch,
 * the system property {@value #DISABLE_HOSTNAME_VERIFICATION}, makes every fetch here fail instead. (The
 * JVM's own DNS cache, 30 seconds by default, usually answers both lookups alike in any case.)
 *
 * <p>Certificates are checked against the given {@link SSLContext}; the public one-argument constructor
 * uses the JVM default, so an administrator can start Latchkey with {@code -Djavax.net.ssl.trustStore=...}
 * to trust a private CA (that trust store then replaces the JDK's default one).
 */
public final class HttpClientMetadataDocuments implements ClientMetadataDocuments {

    private static final System.Logger LOG = System.getLogger(HttpClientMetadataDocuments.class.getName());

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /**
     * The draft (§8.7) recommends reading at most 5 kilobytes, but real documents outgrow that (a few inline
     * JWKs, a software statement, many redirect URIs), and servers holding to 5 KB have turned MCP clients
     * away for it. 64 KiB still bounds what one fetch costs.
     */
    static final int DEFAULT_MAX_BYTES = 64 * 1024;
    static final String USER_AGENT = "Latchkey (Client ID Metadata Document fetcher)";
    static final String DISABLE_HOSTNAME_VERIFICATION = "jdk.internal.httpclient.disableHostnameVerification";

    private static final String ALLOW_PRIVATE = "an administrator can allow private addresses with"
            + " --cimd-allow-private (or LATCHKEY_CIMD_ALLOW_PRIVATE=true)";

    private final boolean allowPrivateAddresses;
    private final Duration timeout;
    private final int maxBytes;
    private final HttpClient http;
    private final Optional<String> misconfiguration;
    private final Executor resolver = task -> Thread.ofVirtual().name("cimd-resolver").start(task);

    /**
     * A fetcher with the production limits (5 seconds, 64 KiB) that trusts the JVM's default trust store.
     *
     * @param allowPrivateAddresses whether documents may be fetched from special-use addresses (loopback,
     *                              private networks, ...): for development and closed networks only
     */
    public HttpClientMetadataDocuments(boolean allowPrivateAddresses) {
        this(allowPrivateAddresses, defaultSslContext(), DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /**
     * A fetcher with its own trust and limits, for tests.
     *
     * @param allowPrivateAddresses whether documents may be fetched from special-use addresses
     * @param sslContext            the certificates to trust
     * @param timeout               the whole fetch, from address lookup to the last byte of the body
     * @param maxBytes              the largest document read, at most 16 MiB
     */
    public HttpClientMetadataDocuments(boolean allowPrivateAddresses, SSLContext sslContext, Duration timeout,
            int maxBytes) {
        Objects.requireNonNull(sslContext, "sslContext");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes < 1 || maxBytes > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("maxBytes must be from 1 to 16 MiB: " + maxBytes);
        }
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.misconfiguration = hostnameVerificationProblem(System.getProperty(DISABLE_HOSTNAME_VERIFICATION));
        SSLParameters tls = sslContext.getDefaultSSLParameters();
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        this.http = HttpClient.newBuilder()
                // One small GET per document: HTTP/2 would bring nothing but more moving parts.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .sslContext(sslContext)
                .sslParameters(tls)
                .build();
    }

    private static SSLContext defaultSslContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException broken) {
            throw new IllegalStateException("this JVM has no default TLS context", broken);
        }
    }

    /**
     * Why fetching must not go ahead with the JDK's hostname-verification switch set to {@code value};
     * empty when the switch is absent or {@code false}. (The JDK reads it once per JVM; any other value
     * may turn verification off.)
     */
    static Optional<String> hostnameVerificationProblem(String value) {
        if (value == null || value.strip().equalsIgnoreCase("false")) {
            return Optional.empty();
        }
        return Optional.of("Latchkey does not fetch Client ID Metadata Documents in this JVM because TLS hostname"
                + " verification is turned off (-D" + DISABLE_HOSTNAME_VERIFICATION + "=" + value + "), and the"
                + " protection against DNS rebinding depends on it. An administrator should remove that system"
                + " property.");
    }

    @Override
    public Fetch fetch(URI url) {
        Objects.requireNonNull(url, "url");
        Optional<String> refused = ClientIdUrlRules.problem(url);
        if (refused.isPresent()) {
            return new Failed(refused.get());
        }
        if (misconfiguration.isPresent()) {
            return new Failed(misconfiguration.get());
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .GET()
                    .build();
        } catch (IllegalArgumentException unusable) {
            return new Failed("The client_id URL " + url + " cannot be fetched: " + unusable.getMessage()
                    + ". Use a plain https URL such as https://client.example/oauth/client.json.");
        }
        Attempt attempt = new Attempt(url, request);
        CompletableFuture<Fetch> outcome = CompletableFuture.supplyAsync(() -> addressProblem(url), resolver)
                .thenCompose(problem -> problem.isPresent()
                        ? CompletableFuture.completedFuture(new Failed(problem.get()))
                        : attempt.send());
        try {
            return outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            attempt.abandon();
            outcome.cancel(true);
            return new Failed(tooSlow(url));
        } catch (ExecutionException failed) {
            attempt.abandon();
            return new Failed(describe(url, failed.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            attempt.abandon();
            outcome.cancel(true);
            return new Failed("Fetching the Client ID Metadata Document at " + url + " was interrupted, most"
                    + " likely because Latchkey is shutting down. Try again.");
        }
    }

    /** Why the host of {@code url} must not be contacted; empty if it may. */
    private Optional<String> addressProblem(URI url) {
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return Optional.of("The host " + host + " of the client_id URL " + url + " could not be resolved"
                    + " in DNS. Check the spelling of the URL, and that the host has a public DNS record.");
        }
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> block = SpecialUseAddresses.blockOf(address);
            if (block.isPresent()) {
                return Optional.of("The host " + host + " of the client_id URL " + url + " resolves to "
                        + address.getHostAddress() + ", " + block.get() + ". Latchkey does not fetch Client ID"
                        + " Metadata Documents from special-use addresses (RFC 6890), so that a client_id"
                        + " cannot make it reach internal services. Publish the document on a public https host;"
                        + " if this client really lives on your own network, " + ALLOW_PRIVATE + ".");
            }
        }
        return Optional.empty();
    }

    /** One fetch on the wire, which the caller can abandon at its deadline. */
    private final class Attempt {
        private final URI url;
        private final HttpRequest request;
        // Both volatile: abandon() and send() may run at once on different threads, and whichever comes
        // second sees what the other wrote, so the exchange is cancelled either way.
        private volatile boolean abandoned;
        private volatile CompletableFuture<HttpResponse<Body>> exchange;

        Attempt(URI url, HttpRequest request) {
            this.url = url;
            this.request = request;
        }

        CompletableFuture<Fetch> send() {
            if (abandoned) {
                return CompletableFuture.completedFuture(new Failed(tooSlow(url)));
            }
            CompletableFuture<HttpResponse<Body>> sent = http.sendAsync(request,
                    ResponseBodies.handler(maxBytes, HttpClientMetadataDocuments::readable));
            exchange = sent;
            if (abandoned) {
                sent.cancel(true);
            }
            return sent.thenApply(response -> interpret(url, response));
        }

        void abandon() {
            abandoned = true;
            CompletableFuture<HttpResponse<Body>> inFlight = exchange;
            if (inFlight != null) {
                // Since JDK 16 cancelling the future of sendAsync aborts the exchange and closes its connection.
                inFlight.cancel(true);
            }
        }
    }

    /** Whether a response may be a document, so that its body is worth reading. */
    private static boolean readable(HttpResponse.ResponseInfo info) {
        return info.statusCode() == 200 && isJson(info.headers().firstValue("Content-Type"));
    }

    /**
     * draft-ietf-oauth-client-id-metadata-document-02 §4: the document "MAY also be served with more
     * specific content types as long as the response is JSON and conforms to
     * {@code application/<AS-defined>+json}".
     */
    static boolean isJson(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return false;
        }
        String mediaType = contentType.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json")
                        && mediaType.length() > "application/+json".length());
    }

    private Fetch interpret(URI url, HttpResponse<Body> response) {
        int status = response.statusCode();
        String at = "The Client ID Metadata Document at " + url;
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").map(target -> "to " + shorten(target))
                    .orElse("without a Location");
            return new Failed(at + " answered " + status + ", redirecting " + location + ". Latchkey does not"
                    + " follow redirects for Client ID Metadata Documents. Serve the document at the client_id URL"
                    + " itself with 200 OK, or use the final URL as the client_id.");
        }
        if (status != 200) {
            return new Failed(at + " answered HTTP " + status + " instead of 200 OK. " + statusAdvice(status));
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        if (!isJson(contentType)) {
            return new Failed(at + " was served " + contentType.map(type -> "as " + shorten(type))
                    .orElse("without a Content-Type") + ". Serve it as application/json.");
        }
        return switch (response.body()) {
            case ResponseBodies.TooLarge tooLarge -> new Failed(at + " is larger than the " + maxBytes
                    + " bytes Latchkey reads" + (tooLarge.declaredLength().isPresent()
                            ? " (Content-Length: " + tooLarge.declaredLength().getAsLong() + ")" : "")
                    + ". Keep the document small: the draft recommends at most 5 kilobytes.");
            case ResponseBodies.NotRead notRead -> new Failed(at + " could not be read. Try again.");
            case ResponseBodies.Complete complete -> switch (MetadataDocumentJson.read(complete.bytes())) {
                case MetadataDocumentJson.Unreadable unreadable -> new Failed(at + " " + unreadable.predicate());
                case MetadataDocumentJson.Read read -> new Fetched(read.metadata(),
                        CacheLifetime.of(response.headers()));
            };
        };
    }

    private static String statusAdvice(int status) {
        return switch (status) {
            case 404, 410 -> "Nothing is served at that URL: publish the document there, at exactly the client_id.";
            case 401, 403 -> "The document must be readable by anyone, without authentication.";
            default -> status >= 500
                    ? "The client's server failed; try again later, and tell the client's developer if it persists."
                    : "Serve the document at the client_id URL with 200 OK to a plain GET.";
        };
    }

    private String tooSlow(URI url) {
        return "The Client ID Metadata Document at " + url + " did not arrive within " + inWords(timeout)
                + " (DNS lookup, connection, TLS, headers and body together). Make sure the host answers"
                + " quickly and serves the document in one go, then try again.";
    }

    private static String inWords(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + " ms";
        }
        long seconds = millis / 1000;
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    private String describe(URI url, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String at = "the Client ID Metadata Document at " + url;
        if (cause instanceof HttpTimeoutException || cause instanceof CancellationException) {
            return tooSlow(url);
        }
        Optional<SSLException> tls = find(cause, SSLException.class);
        if (tls.isPresent()) {
            return "The TLS handshake for " + at + " failed: " + brief(tls.get()) + ". Latchkey fetches the"
                    + " document only from a server whose certificate is valid for " + url.getHost() + " and"
                    + " issued by a CA it trusts. Fix the server's certificate; for a private CA an administrator"
                    + " can start Latchkey with -Djavax.net.ssl.trustStore=... .";
        }
        if (cause instanceof ConnectException) {
            return "Could not connect to " + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort())
                    + " for " + at + ": " + (cause.getMessage() == null ? "the connection was refused" : brief(cause))
                    + ". Check that the server is up and reachable from"
                    + " Latchkey.";
        }
        if (cause instanceof IOException) {
            return "Fetching " + at + " failed: " + brief(cause) + ". Try again; if it persists, check the"
                    + " server that serves the document.";
        }
        LOG.log(Level.WARNING, "Unexpected failure fetching " + url, cause);
        return "Fetching " + at + " failed unexpectedly (" + cause.getClass().getSimpleName() + "). Try again;"
                + " if it persists, an administrator can find the details in Latchkey's log.";
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String brief(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return shorten(message.lines().findFirst().orElse(message).strip());
    }

    /** Text from the other side, cut to a length fit for an error message. */
    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
