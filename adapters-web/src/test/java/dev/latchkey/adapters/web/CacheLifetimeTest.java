package dev.latchkey.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9111 freshness, within Latchkey's bounds of one minute and one day. */
class CacheLifetimeTest {

    private static HttpHeaders headers(String... namesAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    @Test
    void ofWhenNoCachingHeadersThenOneHour() {
        assertThat(CacheLifetime.of(headers())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void ofWhenMaxAgeThenThatLong() {
        assertThat(CacheLifetime.of(headers("Cache-Control", "public, max-age=7200"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void ofWhenMaxAgeIsQuotedOrOddlyCasedThenStillRead() {
        assertThat(CacheLifetime.of(headers("cache-control", "Max-Age=\"600\""))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void ofWhenMaxAgeRepeatedThenTheFirstCounts() {
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=600", "Cache-Control", "max-age=60000")))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-store", "no-cache", "max-age=3600, no-store", "private, no-cache, max-age=3600",
        "max-age=0", "max-age=-5", "max-age=soon", "max-age"})
    void ofWhenCachingIsForbiddenOrInvalidThenTheMinimum(String cacheControl) {
        assertThat(CacheLifetime.of(headers("Cache-Control", cacheControl))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void ofWhenNoCacheNamesOnlyFieldsThenTheDocumentIsStillCached() {
        // RFC 9111 §5.2.2.4: the qualified form only restricts the named header fields.
        assertThat(CacheLifetime.of(headers("Cache-Control", "no-cache=\"Set-Cookie\", max-age=600")))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void ofWhenMaxAgeIsBelowTheMinimumThenOneMinute() {
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=5"))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void ofWhenMaxAgeIsAboveTheMaximumThenOneDay() {
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=31536000"))).isEqualTo(Duration.ofHours(24));
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=99999999999999999999999")))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void ofWhenExpiresAndDateThenTheirDifference() {
        assertThat(CacheLifetime.of(headers(
                "Date", "Sun, 06 Nov 1994 08:49:37 GMT",
                "Expires", "Sun, 06 Nov 1994 11:49:37 GMT"))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void ofWhenMaxAgeAndExpiresThenMaxAgeWins() {
        assertThat(CacheLifetime.of(headers(
                "Cache-Control", "max-age=600",
                "Date", "Sun, 06 Nov 1994 08:49:37 GMT",
                "Expires", "Sun, 06 Nov 1994 11:49:37 GMT"))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void ofWhenExpiresIsInvalidThenTheMinimum() {
        // RFC 9111 §5.3: an invalid Expires, such as "0", means already expired.
        assertThat(CacheLifetime.of(headers("Date", "Sun, 06 Nov 1994 08:49:37 GMT", "Expires", "0")))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void ofWhenExpiresIsBeforeDateThenTheMinimum() {
        assertThat(CacheLifetime.of(headers(
                "Date", "Sun, 06 Nov 1994 08:49:37 GMT",
                "Expires", "Sat, 05 Nov 1994 08:49:37 GMT"))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void ofWhenExpiresIsFarAfterDateThenOneDay() {
        assertThat(CacheLifetime.of(headers(
                "Date", "Sun, 06 Nov 1994 08:49:37 GMT",
                "Expires", "Thu, 01 Dec 1994 16:00:00 GMT"))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void ofWhenExpiresWithoutDateThenTheDefault() {
        assertThat(CacheLifetime.of(headers("Expires", "Thu, 01 Dec 1994 16:00:00 GMT")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void ofWhenAgeIsGivenThenItIsSubtracted() {
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=3600", "Age", "1200")))
                .isEqualTo(Duration.ofMinutes(40));
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=3600", "Age", "3590")))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=3600", "Age", "old")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void httpDateWhenAnyOfTheThreeFormatsThenTheSameInstant() {
        Instant expected = Instant.parse("1994-11-06T08:49:37Z");

        assertThat(CacheLifetime.httpDate("Sun, 06 Nov 1994 08:49:37 GMT")).contains(expected);
        assertThat(CacheLifetime.httpDate("Sunday, 06-Nov-94 08:49:37 GMT")).contains(expected);
        assertThat(CacheLifetime.httpDate("Sun Nov  6 08:49:37 1994")).contains(expected);
        assertThat(CacheLifetime.httpDate("yesterday")).isEmpty();
    }
}
