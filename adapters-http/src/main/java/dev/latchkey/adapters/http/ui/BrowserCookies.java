package dev.latchkey.adapters.http.ui;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.validation.Parsed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The cookies Latchkey sets: the session cookie and the login CSRF cookie. Both are {@code HttpOnly},
 * {@code SameSite=Lax} and scoped to the whole host; when the issuer is https they are also
 * {@code Secure} and carry the {@code __Host-} prefix, which browsers only accept from a secure origin
 * with {@code Path=/} and no {@code Domain}, so no other site or subdomain can plant them.
 */
public final class BrowserCookies {

    private final String sessionName;
    private final String loginName;
    private final boolean secure;

    public BrowserCookies(Issuer issuer) {
        this.secure = issuer.isHttps();
        this.sessionName = secure ? "__Host-latchkey-session" : "latchkey-session";
        this.loginName = secure ? "__Host-latchkey-login" : "latchkey-login";
    }

    public Optional<SessionToken> session(HttpExchange exchange) {
        return read(exchange, sessionName)
                .flatMap(value -> Parsed.of(value, SessionToken::new) instanceof Parsed.Valid<SessionToken> valid
                        ? Optional.of(valid.value())
                        : Optional.empty());
    }

    public void setSession(HttpExchange exchange, SessionToken token, Duration lifetime) {
        set(exchange, sessionName, token.value(), lifetime.toSeconds());
    }

    public void clearSession(HttpExchange exchange) {
        set(exchange, sessionName, "", 0);
    }

    /** The login CSRF token the browser holds, if any. */
    public Optional<String> loginCsrf(HttpExchange exchange) {
        return read(exchange, loginName);
    }

    public void setLoginCsrf(HttpExchange exchange, String token) {
        set(exchange, loginName, token, Duration.ofMinutes(30).toSeconds());
    }

    public void clearLoginCsrf(HttpExchange exchange) {
        set(exchange, loginName, "", 0);
    }

    private void set(HttpExchange exchange, String name, String value, long maxAgeSeconds) {
        exchange.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /**
     * Reads a cookie from the {@code Cookie} headers (RFC 6265 §5.4). Tolerates the RFC 2965 form some
     * HTTP libraries still send ({@code $Version="1", name="value";$Path="/"}): commas separate cookies
     * there, {@code $}-attributes are skipped and quotes around the value are removed.
     */
    private static Optional<String> read(HttpExchange exchange, String name) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            for (String pair : header.split("[;,]")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
                    String value = pair.substring(equals + 1).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value.isEmpty() ? Optional.empty() : Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }
}
