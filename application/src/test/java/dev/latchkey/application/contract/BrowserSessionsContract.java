package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aBrowserSession;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fixtures.BrowserSessionBuilder;
import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.session.BrowserSession;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link BrowserSessions}: signed-in browsers by the hash of their session id, ended by an
 * absolute lifetime and an idle timeout.
 */
public abstract class BrowserSessionsContract extends StorageContract {

    private User user;

    @BeforeEach
    public final void storeAUser() {
        user = stored(aUser());
    }

    private BrowserSessions sessions() {
        return storage().browserSessions();
    }

    @Test
    public void findWhenAddedThenReturnsEveryField() {
        BrowserSession session = aBrowserSession().of(user).withCsrfToken("csrf-token-of-this-session")
                .createdAt(T0.plusMillis(1)).lastSeenAt(T0.plusMillis(2)).expiresAt(T0.plus(Duration.ofDays(7)))
                .build();

        sessions().add(session);

        assertThat(sessions().find(session.idHash())).contains(session);
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        stored(aBrowserSession().of(user));

        assertThat(sessions().find(SecretHash.of("no-such-session"))).isEmpty();
    }

    @Test
    public void addWhenIdIsTakenThenFailsAndKeepsTheFirstSession() {
        SessionToken same = new SessionToken("the-same-session-0123456789");
        BrowserSession first = stored(aBrowserSession().of(user).withToken(same));

        assertThatThrownBy(() -> sessions().add(aBrowserSession().of(user).withToken(same).withCsrfToken("other")
                .build())).isInstanceOf(RuntimeException.class);

        assertThat(sessions().find(same.hash())).contains(first);
    }

    @Test
    public void touchWhenPresentThenMovesLastSeenAtOnly() {
        BrowserSession session = stored(aBrowserSession().of(user));

        sessions().touch(session.idHash(), T0.plus(Duration.ofMinutes(5)));

        assertThat(sessions().find(session.idHash())).contains(new BrowserSession(session.idHash(), session.userId(),
                session.csrfToken(), session.createdAt(), T0.plus(Duration.ofMinutes(5)), session.expiresAt()));
    }

    @Test
    public void touchWhenUnknownThenChangesNothing() {
        BrowserSession session = stored(aBrowserSession().of(user));

        sessions().touch(SecretHash.of("no-such-session"), T0.plusSeconds(1));

        assertThat(sessions().find(SecretHash.of("no-such-session"))).isEmpty();
        assertThat(sessions().find(session.idHash())).contains(session);
    }

    @Test
    public void removeWhenPresentThenTheSessionIsGoneAndOthersStay() {
        BrowserSession session = stored(aBrowserSession().of(user));
        BrowserSession other = stored(aBrowserSession().of(user));

        sessions().remove(session.idHash());

        assertThat(sessions().find(session.idHash())).isEmpty();
        assertThat(sessions().find(other.idHash())).contains(other);
    }

    @Test
    public void removeWhenUnknownThenChangesNothing() {
        BrowserSession session = stored(aBrowserSession().of(user));

        sessions().remove(SecretHash.of("no-such-session"));

        assertThat(sessions().find(session.idHash())).contains(session);
    }

    @Test
    public void removeExpiredWhenPastTheirEndOrIdleThenRemovesExactlyThoseAndCountsThem() {
        Instant now = T0.plus(Duration.ofHours(10));
        Instant idleCutoff = T0.plus(Duration.ofHours(2));
        BrowserSession endedEarlier = storedSession(now.minusSeconds(1), now.minusSeconds(2));
        BrowserSession endingNow = storedSession(now, now.minusSeconds(1));
        BrowserSession idleSinceCutoff = storedSession(now.plus(Duration.ofHours(1)), idleCutoff);
        BrowserSession idleBeforeCutoff = storedSession(now.plus(Duration.ofHours(1)), idleCutoff.minusSeconds(1));
        BrowserSession live = storedSession(now.plusMillis(1), idleCutoff.plusMillis(1));

        int removed = sessions().removeExpired(now, idleCutoff);

        assertThat(removed).isEqualTo(4);
        assertThat(sessions().find(endedEarlier.idHash())).isEmpty();
        assertThat(sessions().find(endingNow.idHash())).isEmpty();
        assertThat(sessions().find(idleSinceCutoff.idHash())).isEmpty();
        assertThat(sessions().find(idleBeforeCutoff.idHash())).isEmpty();
        assertThat(sessions().find(live.idHash())).contains(live);
    }

    @Test
    public void removeExpiredWhenAllLiveThenReturnsZero() {
        BrowserSession live = storedSession(T0.plus(Duration.ofDays(1)), T0);

        assertThat(sessions().removeExpired(T0.plusSeconds(1), T0.minusSeconds(1))).isZero();
        assertThat(sessions().find(live.idHash())).contains(live);
    }

    private BrowserSession storedSession(Instant expiresAt, Instant lastSeenAt) {
        return stored(aBrowserSession().of(user).createdAt(T0).lastSeenAt(lastSeenAt).expiresAt(expiresAt));
    }

    private BrowserSession stored(BrowserSessionBuilder session) {
        BrowserSession built = session.build();
        sessions().add(built);
        return built;
    }
}
