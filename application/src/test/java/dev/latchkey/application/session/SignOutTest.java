package dev.latchkey.application.session;

import static dev.latchkey.application.fixtures.Fixtures.aBrowserSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.session.SessionToken;
import org.junit.jupiter.api.Test;

/** Signing out ends one browser session (OWASP session management: server-side invalidation). */
final class SignOutTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final SignOut signOut = new SignOut(storage.browserSessions());

    @Test
    void signOutWhenSessionExistsThenItIsRemovedAndOthersStay() {
        var mine = aBrowserSession();
        var other = aBrowserSession();
        storage.browserSessions().add(mine.build());
        storage.browserSessions().add(other.build());

        signOut.signOut(new SignOut.Command(mine.token()));

        assertThat(storage.browserSessions().find(mine.token().hash())).isEmpty();
        assertThat(storage.browserSessions().find(other.token().hash())).isPresent();
    }

    @Test
    void signOutWhenSessionIsUnknownThenNothingHappens() {
        var other = aBrowserSession();
        storage.browserSessions().add(other.build());

        signOut.signOut(new SignOut.Command(new SessionToken("never-issued-session-0123456789")));

        assertThat(storage.browserSessions().find(other.token().hash())).isPresent();
    }
}
