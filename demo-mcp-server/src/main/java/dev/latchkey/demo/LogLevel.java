package dev.latchkey.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The syslog severities MCP logging uses (MCP "Logging", RFC 5424 §6.2.1), least severe first. */
enum LogLevel {
    DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a client that asked for this minimum level wants a message at {@code messageLevel}. */
    boolean admits(LogLevel messageLevel) {
        return messageLevel.compareTo(this) >= 0;
    }

    static Optional<LogLevel> parse(String wireName) {
        return Arrays.stream(values()).filter(level -> level.wireName().equals(wireName)).findFirst();
    }
}
