package dev.latchkey.application.session;

import static dev.latchkey.application.fixtures.Fixtures.aBrowserSession;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.session.BrowserSession;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Finding the signed-in user behind a session cookie: idle timeout 8 hours, absolute timeout 7 days
 * (ADR 0005, OWASP session management), disabled users signed out, activity recorded at most once a minute.
 */
final class ResumeSessionTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final ResumeSession resume = new ResumeSession(storage.browserSessions(), storage.users(),
            ServerSettings.defaults(new Issuer("https://auth.example.com")), clock);

    private final Instant start = clock.instant();
    private final User alice = aUser().build();

    private SessionToken storedSession(User user, Instant lastSeenAt) {
        var session = aBrowserSession().of(user).createdAt(start).lastSeenAt(lastSeenAt)
                .expiresAt(start.plus(Duration.ofDays(7)));
        storage.browserSessions().add(session.build());
        return session.token();
    }

    private Optional<ResumeSession.Active> resume(SessionToken token) {
        return resume.resume(new ResumeSession.Command(token));
    }

    private Instant lastSeenAt(SessionToken token) {
        return storage.browserSessions().find(token.hash()).map(BrowserSession::lastSeenAt).orElseThrow();
    }

    @Test
    void resumeWhenSessionIsLiveThenActiveWithItsUser() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start);
        clock.advance(Duration.ofHours(1));

        Optional<ResumeSession.Active> active = resume(token);

        assertThat(active).isPresent();
        assertThat(active.get().user()).isEqualTo(alice);
        assertThat(active.get().session().idHash()).isEqualTo(token.hash());
    }

    @Test
    void resumeWhenTokenIsUnknownThenNothing() {
        storage.users().add(alice);

        assertThat(resume(new SessionToken("never-issued-session-0123456789"))).isEmpty();
    }

    @Test
    void resumeWhenIdleForEightHoursThenEndedAndRemoved() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start);
        clock.advance(Duration.ofHours(8));

        assertThat(resume(token)).isEmpty();
        assertThat(storage.browserSessions().find(token.hash())).isEmpty();
    }

    @Test
    void resumeWhenIdleForJustUnderEightHoursThenActive() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start);
        clock.advance(Duration.ofHours(8).minusSeconds(1));

        assertThat(resume(token)).isPresent();
    }

    @Test
    void resumeWhenActiveButPastTheAbsoluteEndThenEndedAndRemoved() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start.plus(Duration.ofDays(7)).minus(Duration.ofHours(1)));
        clock.set(start.plus(Duration.ofDays(7)));

        assertThat(resume(token)).isEmpty();
        assertThat(storage.browserSessions().find(token.hash())).isEmpty();
    }

    @Test
    void resumeWhenKeptActiveEveryHourThenItStillEndsAfterSevenDays() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start);

        for (int hour = 1; hour < 7 * 24; hour++) {
            clock.set(start.plus(Duration.ofHours(hour)));
            assertThat(resume(token)).as("hour %d", hour).isPresent();
        }
        clock.set(start.plus(Duration.ofDays(7)));

        assertThat(resume(token)).isEmpty();
    }

    @Test
    void resumeWhenUserIsDisabledThenEndedAndRemoved() {
        User disabled = aUser().disabled().build();
        storage.users().add(disabled);
        SessionToken token = storedSession(disabled, start);

        assertThat(resume(token)).isEmpty();
        assertThat(storage.browserSessions().find(token.hash())).isEmpty();
    }

    @Test
    void resumeWhenUserNoLongerExistsThenEndedAndRemoved() {
        SessionToken token = storedSession(alice, start);

        assertThat(resume(token)).isEmpty();
        assertThat(storage.browserSessions().find(token.hash())).isEmpty();
    }

    @Test
    void resumeWhenLastSeenLessThanAMinuteAgoThenActivityIsNotRecordedAgain() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start);
        clock.advance(Duration.ofSeconds(59));

        resume(token);

        assertThat(lastSeenAt(token)).isEqualTo(start);
    }

    @Test
    void resumeWhenLastSeenAMinuteAgoThenActivityIsRecorded() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start);
        Instant now = clock.advance(Duration.ofMinutes(1));

        resume(token);

        assertThat(lastSeenAt(token)).isEqualTo(now);
    }

    @Test
    void resumeWhenActivityIsRecordedThenTheIdleTimeoutRestartsFromIt() {
        storage.users().add(alice);
        SessionToken token = storedSession(alice, start);
        Instant touched = clock.advance(Duration.ofHours(7));
        resume(token);
        clock.set(touched.plus(Duration.ofHours(8)).minusSeconds(1));

        assertThat(resume(token)).isPresent();
    }
}
