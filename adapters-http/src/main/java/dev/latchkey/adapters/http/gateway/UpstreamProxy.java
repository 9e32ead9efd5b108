package dev.latchkey.adapters.http.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.gateway.CheckGatewayCall;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.resource.UpstreamHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Forwards an allowed call to its upstream and streams the answer back as it arrives (MCP Streamable
 * HTTP): JSON responses and Server-Sent Events alike, status codes as they are, session and protocol
 * headers both ways. The client's {@code Authorization} never goes upstream (no token passthrough); the
 * upstream gets its own configured headers and, when asked for, who is calling.
 */
final class UpstreamProxy {

    private static final System.Logger LOG = System.getLogger(UpstreamProxy.class.getName());

    /** Request headers a client may send through, lowercase. */
    private static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of("accept", "content-type", "mcp-session-id",
            "mcp-protocol-version", "last-event-id", "user-agent", "accept-language");

    /** Response headers the upstream may send back, lowercase. */
    private static final Set<String> FORWARDED_RESPONSE_HEADERS = Set.of("content-type", "mcp-session-id",
            "mcp-protocol-version", "cache-control", "retry-after", "allow", "content-language");

    private final HttpClient http;
    private final Duration responseTimeout;

    UpstreamProxy(Duration connectTimeout, Duration responseTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.responseTimeout = responseTimeout;
    }

    /** How a forwarded call ended, for the activity log. */
    record Outcome(int status, boolean clientLeft) {}

    Outcome forward(HttpExchange exchange, CheckGatewayCall.Allowed allowed, String subPath, byte[] body)
            throws IOException {
        Upstream upstream = allowed.upstream();
        HttpRequest request = request(exchange, allowed, target(upstream.url(), subPath,
                exchange.getRequestURI().getRawQuery()), body);
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException unreachable) {
            return failure(exchange, 502, "upstream_unreachable", "The MCP server behind " + allowed.resource().name()
                    + " did not accept a connection at " + upstream.url() + ". Check that it is running; other"
                    + " resources are not affected.");
        } catch (HttpTimeoutException slow) {
            return failure(exchange, 504, "upstream_timeout", "The MCP server behind " + allowed.resource().name()
                    + " did not answer within " + responseTimeout.toSeconds() + " seconds. Try again; check the"
                    + " server if it keeps happening.");
        } catch (IOException broken) {
            LOG.log(Level.INFO, "Upstream of " + allowed.resource().name() + " failed: " + broken);
            return failure(exchange, 502, "upstream_error", "The connection to the MCP server behind "
                    + allowed.resource().name() + " failed before it answered. Try again.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failure(exchange, 503, "shutting_down", "Latchkey is shutting down; try again in a moment.");
        }
        try (InputStream upstreamBody = response.body()) {
            if (response.statusCode() == 401 || response.statusCode() == 407) {
                // An upstream challenge would send the client to discover the wrong authorization server.
                return failure(exchange, 502, "upstream_refused", "The MCP server behind " + allowed.resource().name()
                        + " refused Latchkey's request with " + response.statusCode() + ": it needs its own"
                        + " credentials. Give them with: resources add " + allowed.resource().name()
                        + " --upstream URL --header 'Authorization: ...' --replace");
            }
            return relay(exchange, response, upstreamBody);
        }
    }

    private HttpRequest request(HttpExchange exchange, CheckGatewayCall.Allowed allowed, URI target, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(responseTimeout);
        String method = exchange.getRequestMethod();
        switch (method) {
            case "POST" -> builder.POST(HttpRequest.BodyPublishers.ofByteArray(body));
            case "DELETE" -> builder.DELETE();
            default -> builder.GET();
        }
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            if (FORWARDED_REQUEST_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                for (String value : header.getValue()) {
                    builder.header(header.getKey(), value);
                }
            }
        }
        for (UpstreamHeader header : allowed.upstream().headers()) {
            builder.setHeader(header.name(), header.value());
        }
        if (allowed.upstream().forwardIdentity()) {
            CheckGatewayCall.Caller caller = allowed.caller();
            // A client acting for itself (client_credentials) has no user: only its organization and id go.
            caller.username().ifPresent(username -> builder.setHeader("X-Latchkey-User", username.value()));
            if (!caller.isClient()) {
                builder.setHeader("X-Latchkey-User-Id", caller.userId().value());
            }
            caller.role().ifPresent(role -> builder.setHeader("X-Latchkey-Role", role.wireName()));
            builder.setHeader("X-Latchkey-Org", caller.orgId().value());
            builder.setHeader("X-Latchkey-Client", caller.clientId().value());
        }
        return builder.build();
    }

    private static Outcome relay(HttpExchange exchange, HttpResponse<InputStream> response, InputStream upstreamBody)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (FORWARDED_RESPONSE_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.put(canonical(header.getKey()), header.getValue());
            }
        }
        int status = response.statusCode();
        boolean eventStream = response.headers().firstValue("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")).orElse(false);
        OptionalLength length = OptionalLength.of(response);
        boolean noBody = status == 204 || status == 304 || exchange.getRequestMethod().equals("HEAD");
        if (eventStream) {
            // Ask reverse proxies in front of Latchkey not to buffer the stream either.
            headers.set("X-Accel-Buffering", "no");
        }
        exchange.sendResponseHeaders(status, noBody ? -1 : eventStream || length.unknown() ? 0 : length.value());
        if (noBody) {
            return new Outcome(status, false);
        }
        OutputStream out = exchange.getResponseBody();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = upstreamBody.read(buffer)) >= 0) {
            try {
                out.write(buffer, 0, read);
                // Each piece goes out as it arrives: an SSE event must not wait in a buffer.
                out.flush();
            } catch (IOException clientLeft) {
                // The client went away: closing the upstream body (by leaving this method) ends the upstream
                // stream too.
                return new Outcome(status, true);
            }
        }
        try {
            out.close();
        } catch (IOException clientLeft) {
            return new Outcome(status, true);
        }
        return new Outcome(status, false);
    }

    private static Outcome failure(HttpExchange exchange, int status, String error, String description)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        Responses.json(exchange, status, body);
        return new Outcome(status, false);
    }

    private static URI target(URI base, String subPath, String rawQuery) {
        String url = base.toString();
        if (!subPath.isEmpty()) {
            url = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + subPath;
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            url = url + (url.contains("?") ? "&" : "?") + rawQuery;
        }
        return URI.create(url);
    }

    /** {@code mcp-session-id} as {@code Mcp-Session-Id}: the JDK client lowercases header names. */
    private static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString().replace("Mcp-Protocol-Version", "MCP-Protocol-Version");
    }

    /** The upstream's Content-Length, when it gave a usable one. */
    private record OptionalLength(long value) {
        static OptionalLength of(HttpResponse<?> response) {
            Optional<String> header = response.headers().firstValue("Content-Length");
            if (header.isEmpty()) {
                return new OptionalLength(-1);
            }
            try {
                long length = Long.parseLong(header.get().strip());
                return new OptionalLength(length > 0 ? length : -1);
            } catch (NumberFormatException malformed) {
                return new OptionalLength(-1);
            }
        }

        boolean unknown() {
            return value < 0;
        }
    }
}
