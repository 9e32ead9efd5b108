package dev.latchkey.domain.resource;

import dev.latchkey.domain.validation.Require;
import java.util.Locale;
import java.util.Set;

/**
 * A header the gateway adds to every request it forwards to an upstream, typically the upstream's own
 * static key ({@code Authorization: Bearer ...} or {@code X-Api-Key: ...}). The value is a secret: it
 * is redacted in {@code toString()} and never logged.
 */
public record UpstreamHeader(String name, String value) {

    /** Headers the HTTP layer owns or that would change how the request is framed or routed. */
    private static final Set<String> RESERVED = Set.of("host", "content-length", "connection", "transfer-encoding",
            "upgrade", "expect", "te", "trailer", "keep-alive", "proxy-connection", "mcp-session-id",
            "mcp-protocol-version", "last-event-id", "content-type", "accept");

    public UpstreamHeader {
        Require.text(name, "header name");
        Require.that(name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+"), "header name '" + name
                + "' is not a valid HTTP header name");
        Require.that(!RESERVED.contains(name.toLowerCase(Locale.ROOT)), "the " + name
                + " header is set by the gateway itself and cannot be configured");
        Require.that(!name.toLowerCase(Locale.ROOT).startsWith("x-latchkey-"), "X-Latchkey-* headers are"
                + " reserved for the identity the gateway forwards");
        Require.that(value != null && !value.isEmpty(), "header " + name + " needs a value");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            Require.that(c == '\t' || (c >= 0x20 && c != 0x7F), "the value of header " + name
                    + " contains a control character");
        }
    }

    /**
     * Parses {@code Name: value} as typed on the command line.
     *
     * @throws IllegalArgumentException when there is no colon or name or value is invalid
     */
    public static UpstreamHeader parse(String text) {
        Require.text(text, "header");
        int colon = text.indexOf(':');
        Require.that(colon > 0, "a header is written 'Name: value'");
        return new UpstreamHeader(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return name + ": [redacted]";
    }
}
