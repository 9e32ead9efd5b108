package dev.latchkey.adapters.http.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters of a query string or an {@code application/x-www-form-urlencoded} body, keeping track of
 * names that appeared more than once (RFC 6749 §3.1: "Request and response parameters MUST NOT be
 * included more than once"). A parameter sent without a value is treated as omitted (RFC 6749 §3.1).
 */
public final class Parameters {

    private final Map<String, String> values;
    private final Set<String> repeated;

    private Parameters(Map<String, String> values, Set<String> repeated) {
        this.values = Collections.unmodifiableMap(values);
        this.repeated = Collections.unmodifiableSet(repeated);
    }

    public static Parameters empty() {
        return new Parameters(Map.of(), Set.of());
    }

    /**
     * Parses {@code name=value&...} with percent-decoding and '+' as space.
     *
     * @return empty when the text is not valid URL encoding
     */
    public static Optional<Parameters> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        if (encoded == null || encoded.isEmpty()) {
            return Optional.of(new Parameters(values, repeated));
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
            if (value.isEmpty()) {
                continue;
            }
            if (values.containsKey(name)) {
                repeated.add(name);
            } else {
                values.put(name, value);
            }
        }
        return Optional.of(new Parameters(values, repeated));
    }

    /** The value of {@code name}, empty when absent or sent without a value. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Names sent more than once. */
    public Set<String> repeated() {
        return repeated;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The names sent with a value, in the order they first appeared (a form's checked checkboxes, say). */
    public Set<String> names() {
        return values.keySet();
    }
}
