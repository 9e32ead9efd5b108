package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Grants;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link Grants} in memory. Adding a grant whose id is taken throws {@link IllegalStateException}.
 * {@link #findLive} reads the users and memberships of the same {@link InMemoryStorage}, as the SQLite
 * adapter joins their tables.
 */
public final class InMemoryGrants implements Grants {

    private final FakeLock lock;
    private final InMemoryUsers users;
    private final InMemoryMemberships memberships;
    private final Table<GrantId, Grant> grants = new Table<>("grant");

    InMemoryGrants(FakeLock lock, InMemoryUsers users, InMemoryMemberships memberships) {
        this.lock = lock;
        this.users = users;
        this.memberships = memberships;
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
        return newestFirst(grant -> grant.userId().equals(userId), Long.MAX_VALUE);
    }

    @Override
    public List<Grant> ofOrganization(OrgId organization) {
        return newestFirst(grant -> grant.orgId().equals(organization), Long.MAX_VALUE);
    }

    @Override
    public List<Grant> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return newestFirst(grant -> true, limit);
    }

    @Override
    public Optional<LiveGrant> findLive(GrantId id) {
        // The same three conditions as the SQLite join: grant not revoked, user enabled, still a member.
        return lock.call(() -> grants.get(id)
                .filter(Grant::isActive)
                .flatMap(grant -> users.find(grant.userId())
                        .filter(User::isActive)
                        .flatMap(user -> memberships.find(grant.userId(), grant.orgId())
                                .map(membership -> new LiveGrant(grant, user.username(), membership.role())))));
    }

    private List<Grant> newestFirst(Predicate<Grant> wanted, long limit) {
        return lock.call(() -> {
            List<Grant> newestAddedFirst = grants.rows();
            Collections.reverse(newestAddedFirst);
            // A stable sort: grants created at the same instant come newest-added first.
            return newestAddedFirst.stream()
                    .filter(wanted)
                    .sorted(Comparator.comparing(Grant::createdAt).reversed())
                    .limit(limit)
                    .toList();
        });
    }

    /** Whether any grant, revoked or not, is for {@code clientId}; for {@link InMemoryClients}. */
    boolean anyOfClient(ClientId clientId) {
        return lock.call(() -> grants.any(grant -> grant.clientId().equals(clientId)));
    }

    /** Removes the grants of {@code clientId}, as its removal cascades; returns their ids. */
    Set<GrantId> removeOfClient(ClientId clientId) {
        return lock.call(() -> {
            Set<GrantId> removed = grants.rows().stream().filter(grant -> grant.clientId().equals(clientId))
                    .map(Grant::id).collect(Collectors.toSet());
            grants.removeIf(grant -> removed.contains(grant.id()));
            return removed;
        });
    }

    Runnable snapshot() {
        return lock.call(grants::snapshot);
    }
}
