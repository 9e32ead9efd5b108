package dev.latchkey.adapters.http.settings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Instants as the pages show them: minutes in UTC, and the exact instant for {@code <time datetime>}. */
final class Moments {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Moments() {}

    static SettingsViews.Moment of(Instant instant) {
        return new SettingsViews.Moment(instant.truncatedTo(ChronoUnit.SECONDS).toString(), TEXT.format(instant));
    }
}
