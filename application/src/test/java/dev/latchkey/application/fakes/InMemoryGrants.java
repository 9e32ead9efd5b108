package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Grants;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Grants} in memory. Adding a grant whose id is taken throws {@link IllegalStateException}. */
public final class InMemoryGrants implements Grants {

    private final FakeLock lock;
    private final Table<GrantId, Grant> grants = new Table<>("grant");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryGrants() {
        this(new FakeLock());
    }

    InMemoryGrants(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(Grant grant) {
        lock.run(() -> grants.insert(grant.id(), grant));
    }

    @Override
    public Optional<Grant> find(GrantId id) {
        return lock.call(() -> grants.get(id));
    }

    @Override
    public boolean revoke(GrantId id, Instant at) {
        return lock.call(() -> grants.replaceIf(id, Grant::isActive, grant -> new Grant(grant.id(), grant.userId(),
                grant.orgId(), grant.clientId(), grant.resource(), grant.scope(), grant.createdAt(), Optional.of(at),
                grant.lastUsedAt())));
    }

    @Override
    public void recordUse(GrantId id, Instant at) {
        lock.run(() -> grants.replaceIf(id, grant -> true, grant -> new Grant(grant.id(), grant.userId(),
                grant.orgId(), grant.clientId(), grant.resource(), grant.scope(), grant.createdAt(), grant.revokedAt(),
                Optional.of(at))));
    }

    @Override
    public List<Grant> ofUser(UserId userId) {
        return lock.call(() -> {
            List<Grant> newestAddedFirst = grants.rows();
            Collections.reverse(newestAddedFirst);
            // A stable sort: grants created at the same instant come newest-added first.
            return newestAddedFirst.stream()
                    .filter(grant -> grant.userId().equals(userId))
                    .sorted(Comparator.comparing(Grant::createdAt).reversed())
                    .toList();
        });
    }

    Runnable snapshot() {
        return lock.call(grants::snapshot);
    }
}
