package dev.latchkey.application.fakes;

import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PendingAuthorizations} in memory. {@link #removeExpired} removes what
 * {@link PendingAuthorization#isExpired} calls expired: requests whose expiry is at or before {@code now}.
 */
public final class InMemoryPendingAuthorizations implements PendingAuthorizations {

    private final FakeLock lock;
    private final Table<SecretHash, PendingAuthorization> pending = new Table<>("pending authorization");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryPendingAuthorizations() {
        this(new FakeLock());
    }

    InMemoryPendingAuthorizations(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(PendingAuthorization request) {
        lock.run(() -> pending.insert(request.handleHash(), request));
    }

    @Override
    public Optional<PendingAuthorization> find(SecretHash handleHash) {
        return lock.call(() -> pending.get(handleHash));
    }

    @Override
    public boolean remove(SecretHash handleHash) {
        return lock.call(() -> pending.remove(handleHash));
    }

    @Override
    public int removeExpired(Instant now) {
        return lock.call(() -> pending.removeIf(request -> request.isExpired(now)));
    }

    /** Removes the requests of these clients, as SQLite cascades a client's removal. */
    void removeOfClients(Set<ClientId> clientIds) {
        lock.run(() -> pending.removeIf(request -> clientIds.contains(request.request().clientId())));
    }

    Runnable snapshot() {
        return lock.call(pending::snapshot);
    }
}
