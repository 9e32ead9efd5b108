package dev.latchkey.application.port;

import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.session.BrowserSession;
import java.time.Instant;
import java.util.Optional;

/** Signed-in browsers, by the hash of their session id. */
public interface BrowserSessions {

    void add(BrowserSession session);

    Optional<BrowserSession> find(SecretHash idHash);

    /** Records activity for the idle timeout. */
    void touch(SecretHash idHash, Instant at);

    void remove(SecretHash idHash);

    /** Removes sessions past their absolute end or idle since before {@code idleCutoff}; returns how many. */
    int removeExpired(Instant now, Instant idleCutoff);
}
