package dev.latchkey.application.fakes;

import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * {@link AuthorizationCodes} in memory. {@link #redeem} is a compare-and-set under the storage's lock, so of
 * many concurrent redemptions of one code exactly one returns true (RFC 6749 §4.1.2: single use).
 */
public final class InMemoryAuthorizationCodes implements AuthorizationCodes {

    private final FakeLock lock;
    private final Table<SecretHash, IssuedCode> codes = new Table<>("authorization code");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryAuthorizationCodes() {
        this(new FakeLock());
    }

    InMemoryAuthorizationCodes(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(IssuedCode.Unredeemed code) {
        lock.run(() -> codes.insert(code.codeHash(), code));
    }

    @Override
    public Optional<IssuedCode> find(SecretHash codeHash) {
        return lock.call(() -> codes.get(codeHash));
    }

    @Override
    public boolean redeem(IssuedCode.Redeemed redeemed) {
        return lock.call(() -> codes.replaceIf(redeemed.codeHash(), IssuedCode.Unredeemed.class::isInstance,
                unredeemed -> ((IssuedCode.Unredeemed) unredeemed).redeem(redeemed.grantId(), redeemed.redeemedAt())));
    }

    @Override
    public int removeExpiredUnredeemed(Instant cutoff) {
        return lock.call(() -> codes.removeIf(code -> code instanceof IssuedCode.Unredeemed && code.isExpired(cutoff)));
    }

    /** Removes the codes of these clients, as SQLite cascades a client's removal. */
    void removeOfClients(Set<ClientId> clientIds) {
        lock.run(() -> codes.removeIf(code -> clientIds.contains(code.approved().request().clientId())));
    }

    Runnable snapshot() {
        return lock.call(codes::snapshot);
    }
}
