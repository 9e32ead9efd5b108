package dev.latchkey.demo;

import java.util.Locale;

/** Checks a POST's {@code Content-Type}: JSON-RPC messages travel as {@code application/json}, UTF-8. */
final class ContentType {

    private ContentType() {}

    /** Whether {@code value} is {@code application/json}, with no charset or a UTF-8 one ("MUST be UTF-8 encoded"). */
    static boolean isJson(String value) {
        if (value == null) {
            return false;
        }
        String[] parts = value.split(";");
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(AcceptHeader.JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")) {
                String charset = parameter.substring("charset=".length()).replace("\"", "").strip();
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }
}
