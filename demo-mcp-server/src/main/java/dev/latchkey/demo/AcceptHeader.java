package dev.latchkey.demo;

import java.util.List;
import java.util.Locale;

/**
 * What the client's {@code Accept} header allows of the two media types Streamable HTTP uses. Clients MUST list
 * both; this server is tolerant: a missing header means both, wildcards count, and {@code q=0} excludes.
 */
record AcceptHeader(boolean json, boolean eventStream) {

    static final String JSON = "application/json";
    static final String EVENT_STREAM = "text/event-stream";

    static AcceptHeader parse(List<String> values) {
        if (values == null || values.stream().allMatch(String::isBlank)) {
            return new AcceptHeader(true, true);
        }
        boolean json = false;
        boolean eventStream = false;
        for (String value : values) {
            for (String range : value.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].strip().toLowerCase(Locale.ROOT);
                if (refused(parts)) {
                    continue;
                }
                json |= type.equals(JSON) || type.equals("application/*") || type.equals("*/*");
                eventStream |= type.equals(EVENT_STREAM) || type.equals("text/*") || type.equals("*/*");
            }
        }
        return new AcceptHeader(json, eventStream);
    }

    boolean acceptsAny() {
        return json || eventStream;
    }

    /** RFC 9110 §12.5.1: a weight of 0 means "not acceptable". */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip()) <= 0;
                } catch (NumberFormatException malformed) {
                    return false;
                }
            }
        }
        return false;
    }
}
