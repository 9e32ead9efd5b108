package dev.latchkey.adapters.http.ui;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.validation.Parsed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The cookies Latchkey sets: the session cookie, the login CSRF cookie and the settings pages' chosen
 * organization (a preference, checked against the user's memberships on every use). All are {@code HttpOnly},
 * {@code SameSite=Lax} and scoped to the whole host; when the issuer is https they are also
 * {@code Secure} and carry the {@code __Host-} prefix, which browsers only accept from a secure origin
 * with {@code Path=/} and no {@code Domain}, so no other site or subdomain can plant them.
 */
public final class BrowserCookies {

    private final String sessionName;
    private final String loginName;
    private final String organizationName;
    private final boolean secure;

    public BrowserCookies(Issuer issuer) {
        this.secure = issuer.isHttps();
        this.sessionName = secure ? "__Host-latchkey-session" : "latchkey-session";
        this.loginName = secure ? "__Host-latchkey-login" : "latchkey-login";
        this.organizationName = secure ? "__Host-latchkey-org" : "latchkey-org";
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

    /**
     * The login CSRF token for a sign-in form about to be shown: the one the browser holds when it is
     * well-formed (so two open tabs keep working), else a new one. The cookie is set (again) either way;
     * the form carries the same value in a hidden field (double submit), so another site cannot sign the
     * browser in to an account of its choosing.
     */
    public String loginCsrfForForm(HttpExchange exchange, RandomTokens random) {
        String csrf = loginCsrf(exchange).filter(value -> value.length() == 43).orElseGet(random::secret);
        setLoginCsrf(exchange, csrf);
        return csrf;
    }

    /** Whether a sign-in form's CSRF field matches the login cookie (constant-time comparison). */
    public boolean loginCsrfMatches(HttpExchange exchange, Optional<String> field) {
        Optional<String> cookie = loginCsrf(exchange);
        return cookie.isPresent() && field.isPresent() && SecretHash.constantTimeEquals(cookie.get(), field.get());
    }

    /** The organization last picked in the settings pages' switcher, as sent (check it before use). */
    public Optional<String> organization(HttpExchange exchange) {
        return read(exchange, organizationName);
    }

    /** Remembers the organization picked in the switcher for a month; ids of other shapes are ignored. */
    public void setOrganization(HttpExchange exchange, String orgId) {
        if (orgId.matches("[A-Za-z0-9._-]{1,64}")) {
            set(exchange, organizationName, orgId, Duration.ofDays(30).toSeconds());
        }
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
