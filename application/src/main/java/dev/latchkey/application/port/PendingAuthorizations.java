package dev.latchkey.application.port;

import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.Optional;

/** Validated authorization requests waiting for the user, found by the hash of their handle. */
public interface PendingAuthorizations {

    void add(PendingAuthorization pending);

    Optional<PendingAuthorization> find(SecretHash handleHash);

    /**
     * Removes a pending request so it cannot be decided twice.
     *
     * @return whether this call removed it (false when it was already gone)
     */
    boolean remove(SecretHash handleHash);

    /** Removes every request that expired before {@code now}; returns how many. */
    int removeExpired(Instant now);
}
