package dev.latchkey.application.port;

import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Grants: what users consented to, and what revocation ends. */
public interface Grants {

    void add(Grant grant);

    Optional<Grant> find(GrantId id);

    /**
     * Marks an active grant revoked.
     *
     * @return whether this call revoked it (false when it was already revoked or is unknown)
     */
    boolean revoke(GrantId id, Instant at);

    /** Records that a token of the grant was issued or used at {@code at}. */
    void recordUse(GrantId id, Instant at);

    /** The user's grants, newest first, revoked ones included. */
    List<Grant> ofUser(UserId userId);
}
