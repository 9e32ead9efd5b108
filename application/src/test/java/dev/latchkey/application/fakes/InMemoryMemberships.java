package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@link Memberships} in memory. {@link #put} of an existing membership changes its role only: the date
 * the member joined stays.
 */
public final class InMemoryMemberships implements Memberships {

    private record Key(UserId userId, OrgId orgId) {}

    private final FakeLock lock;
    private final Table<Key, Membership> memberships = new Table<>("membership");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryMemberships() {
        this(new FakeLock());
    }

    InMemoryMemberships(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void put(Membership membership) {
        Key key = new Key(membership.userId(), membership.orgId());
        lock.run(() -> memberships.put(key, memberships.get(key)
                .map(existing -> new Membership(existing.userId(), existing.orgId(), membership.role(),
                        existing.since()))
                .orElse(membership)));
    }

    @Override
    public Optional<Membership> find(UserId userId, OrgId orgId) {
        return lock.call(() -> memberships.get(new Key(userId, orgId)));
    }

    @Override
    public List<Membership> ofUser(UserId userId) {
        return inOrderJoined(membership -> membership.userId().equals(userId));
    }

    @Override
    public List<Membership> ofOrganization(OrgId orgId) {
        return inOrderJoined(membership -> membership.orgId().equals(orgId));
    }

    @Override
    public boolean remove(UserId userId, OrgId orgId) {
        return lock.call(() -> memberships.remove(new Key(userId, orgId)));
    }

    private List<Membership> inOrderJoined(Predicate<Membership> wanted) {
        return lock.call(() -> memberships.rows().stream()
                .filter(wanted)
                .sorted(Comparator.comparing(Membership::since))
                .toList());
    }

    Runnable snapshot() {
        return lock.call(memberships::snapshot);
    }
}
