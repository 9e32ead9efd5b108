package dev.latchkey.adapters.http.support;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Optional;

/** Reading a bearer token from the Authorization header (RFC 6750 §2.1) and quoting challenge values (§3). */
public final class BearerTokens {

    private BearerTokens() {}

    /**
     * The bearer token of the Authorization header: empty when there is none (or another scheme), an
     * empty string when it is malformed or the header is repeated.
     */
    public static Optional<String> fromHeader(HttpExchange exchange) {
        List<String> values = exchange.getRequestHeaders().get("Authorization");
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            return Optional.of("");
        }
        String value = values.get(0).strip();
        if (!value.regionMatches(true, 0, "Bearer", 0, 6)) {
            return Optional.empty();
        }
        String token = value.substring(6).strip();
        return Optional.of(token.contains(" ") ? "" : token);
    }

    /** A text fit for a quoted challenge parameter: RFC 6750 §3 allows %x20-21 / %x23-5B / %x5D-7E. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '"' ? '\'' : c == '\\' ? '/' : c < 0x20 || c > 0x7E ? '?' : c);
        }
        return out.toString();
    }
}
