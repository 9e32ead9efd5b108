package dev.latchkey.adapters.web;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How long a fetched Client ID Metadata Document may be used before fetching it again.
 * draft-ietf-oauth-client-id-metadata-document-02 §5.2: the authorization server "SHOULD respect HTTP
 * cache headers [RFC9111] when caching client metadata, but MAY define its own upper and/or lower bounds".
 *
 * <p>The freshness lifetime follows RFC 9111 §4.2.1: {@code Cache-Control: max-age}, else {@code Expires}
 * minus {@code Date}; with neither, a default of one hour stands in for the heuristic freshness of §4.2.2.
 * An unqualified {@code no-store} or {@code no-cache} (§5.2.2.4-5), an invalid {@code max-age} or an
 * invalid {@code Expires} (§5.3: "a time in the past") give the minimum. {@code Expires} without a
 * {@code Date} gives the default, as the response time would need a clock. The {@code Age} a cache in
 * between reports is subtracted (§4.2.3). The result is held to [1 minute, 24 hours]: the lower bound
 * keeps a busy client from making Latchkey fetch on every request, the upper bound lets a changed
 * document (say, a removed redirect URI) take effect within a day.
 */
final class CacheLifetime {

    static final Duration MINIMUM = Duration.ofMinutes(1);
    static final Duration MAXIMUM = Duration.ofHours(24);
    static final Duration DEFAULT = Duration.ofHours(1);

    /** RFC 9111 §1.2.2: delta-seconds beyond 2^31 are read as 2^31. */
    private static final long DELTA_SECONDS_CAP = 2_147_483_648L;

    /**
     * RFC 9110 §5.6.7: recipients accept IMF-fixdate and the obsolete RFC 850 and asctime formats (English
     * day and month names, hence {@code Locale.ENGLISH}).
     */
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.ENGLISH);

    private CacheLifetime() {}

    /** The lifetime the response headers give, within the bounds. */
    static Duration of(HttpHeaders headers) {
        return clamp(explicitLifetime(headers)
                .map(lifetime -> lifetime.minusSeconds(age(headers)))
                .orElse(DEFAULT));
    }

    private static Duration clamp(Duration lifetime) {
        if (lifetime.compareTo(MINIMUM) < 0) {
            return MINIMUM;
        }
        if (lifetime.compareTo(MAXIMUM) > 0) {
            return MAXIMUM;
        }
        return lifetime;
    }

    private static Optional<Duration> explicitLifetime(HttpHeaders headers) {
        List<String> directives = directives(headers.allValues("Cache-Control"));
        Optional<String> maxAge = Optional.empty();
        for (String directive : directives) {
            String name = directive.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("no-store") || directive.strip().equalsIgnoreCase("no-cache")) {
                return Optional.of(Duration.ZERO);
            }
            if (name.equals("max-age") && maxAge.isEmpty()) {
                // RFC 9111 §4.2.1: with a directive repeated, "the first occurrence should be used".
                maxAge = Optional.of(directive.contains("=") ? unquote(directive.split("=", 2)[1]) : "");
            }
        }
        if (maxAge.isPresent()) {
            // An invalid max-age leaves the response stale (RFC 9111 §5.2.2.1 allows nothing else).
            return Optional.of(Duration.ofSeconds(deltaSeconds(maxAge.get()).orElse(0)));
        }
        Optional<String> expires = headers.firstValue("Expires");
        if (expires.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> expiresAt = httpDate(expires.get());
        if (expiresAt.isEmpty()) {
            return Optional.of(Duration.ZERO);
        }
        return headers.firstValue("Date").flatMap(CacheLifetime::httpDate)
                .map(date -> Duration.between(date, expiresAt.get()));
    }

    /** The Age header in seconds; 0 when absent or invalid (RFC 9111 §5.1: an invalid Age is ignored). */
    private static long age(HttpHeaders headers) {
        return headers.firstValue("Age").map(value -> value.split(",", 2)[0])
                .flatMap(value -> {
                    OptionalLong seconds = deltaSeconds(value);
                    return seconds.isPresent() ? Optional.of(seconds.getAsLong()) : Optional.empty();
                })
                .orElse(0L);
    }

    private static List<String> directives(List<String> values) {
        return values.stream().flatMap(value -> List.of(value.split(",")).stream())
                .map(String::strip).filter(directive -> !directive.isEmpty()).toList();
    }

    private static String unquote(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    /** RFC 9111 §1.2.2 delta-seconds: one or more digits, capped at 2^31. */
    static OptionalLong deltaSeconds(String value) {
        String digits = value.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        if (digits.length() > 10) {
            return OptionalLong.of(DELTA_SECONDS_CAP);
        }
        return OptionalLong.of(Math.min(Long.parseLong(digits), DELTA_SECONDS_CAP));
    }

    /** An HTTP-date (RFC 9110 §5.6.7) in any of its three formats; empty when it is none of them. */
    static Optional<Instant> httpDate(String value) {
        String text = value.strip();
        try {
            return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text, Instant::from));
        } catch (DateTimeParseException notImfFixdate) {
            // Try the obsolete formats.
        }
        for (DateTimeFormatter obsolete : List.of(RFC_850, ASCTIME)) {
            try {
                return Optional.of(LocalDateTime.parse(text, obsolete).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notThisOne) {
                // Try the next.
            }
        }
        return Optional.empty();
    }
}
