package dev.latchkey.application.port;

import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

    /** The grants given in {@code organization}, newest first, revoked ones included. */
    List<Grant> ofOrganization(OrgId organization);

    /** The newest {@code limit} grants of all users, newest first, revoked ones included. */
    List<Grant> recent(int limit);

    /**
     * The grant with what makes it usable right now, in one lookup: present only while the grant is
     * not revoked, its user is not disabled and still belongs to the grant's organization. The gateway
     * asks this on every call.
     */
    Optional<LiveGrant> findLive(GrantId id);

    /** A usable grant, its user's name and the user's current role in the grant's organization. */
    record LiveGrant(Grant grant, Username username, Role role) {
        public LiveGrant {
            Objects.requireNonNull(grant, "grant");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(role, "role");
        }
    }
}
