package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.org.OrgId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Clients} in memory. Adding a client whose id is taken throws {@link IllegalStateException}.
 * {@link #removeUnusedDynamic} reads the grants of the same {@link InMemoryStorage} and takes the removed
 * clients' pending authorizations and codes with them, as SQLite's foreign keys cascade; {@link #remove}
 * also takes the client's grants and their refresh tokens.
 */
public final class InMemoryClients implements Clients {

    private final FakeLock lock;
    private final InMemoryGrants grants;
    private final InMemoryPendingAuthorizations pendingAuthorizations;
    private final InMemoryAuthorizationCodes authorizationCodes;
    private final InMemoryRefreshTokens refreshTokens;
    private final Table<ClientId, Client> clients = new Table<>("client");

    /** A fake on its own (with no grants); use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryClients() {
        this(new FakeLock());
    }

    private InMemoryClients(FakeLock lock) {
        this(lock, new InMemoryGrants(lock, new InMemoryUsers(lock), new InMemoryMemberships(lock)),
                new InMemoryPendingAuthorizations(lock), new InMemoryAuthorizationCodes(lock),
                new InMemoryRefreshTokens(lock));
    }

    InMemoryClients(FakeLock lock, InMemoryGrants grants, InMemoryPendingAuthorizations pendingAuthorizations,
            InMemoryAuthorizationCodes authorizationCodes, InMemoryRefreshTokens refreshTokens) {
        this.lock = lock;
        this.grants = grants;
        this.pendingAuthorizations = pendingAuthorizations;
        this.authorizationCodes = authorizationCodes;
        this.refreshTokens = refreshTokens;
    }

    @Override
    public void add(Client client) {
        lock.run(() -> clients.insert(client.id(), client));
    }

    /** A replaced client keeps its place in {@link #all()}, like the SQLite row it updates. */
    @Override
    public void put(Client client) {
        lock.run(() -> clients.put(client.id(), client));
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return lock.call(() -> clients.get(id));
    }

    @Override
    public List<Client> all() {
        // A stable sort: clients registered at the same instant stay in the order they were added.
        return lock.call(() -> clients.rows().stream().sorted(Comparator.comparing(Client::registeredAt)).toList());
    }

    @Override
    public List<Client> ownedBy(OrgId organization) {
        return lock.call(() -> all().stream()
                .filter(client -> client.owner().map(owner -> owner.organization().equals(organization))
                        .orElse(false))
                .toList());
    }

    /** Cascades as SQLite does: pending authorizations, codes, grants and their refresh tokens go too. */
    @Override
    public boolean remove(ClientId id) {
        return lock.call(() -> {
            if (!clients.remove(id)) {
                return false;
            }
            Set<ClientId> removed = Set.of(id);
            pendingAuthorizations.removeOfClients(removed);
            authorizationCodes.removeOfClients(removed);
            refreshTokens.removeOfGrants(grants.removeOfClient(id));
            return true;
        });
    }

    @Override
    public int removeUnusedDynamic(Instant registeredBefore) {
        return lock.call(() -> {
            Set<ClientId> unused = clients.rows().stream()
                    .filter(client -> client.source() == RegistrationSource.DYNAMIC)
                    .filter(client -> client.registeredAt().isBefore(registeredBefore))
                    .map(Client::id)
                    .filter(id -> !grants.anyOfClient(id))
                    .collect(Collectors.toSet());
            pendingAuthorizations.removeOfClients(unused);
            authorizationCodes.removeOfClients(unused);
            return clients.removeIf(client -> unused.contains(client.id()));
        });
    }

    Runnable snapshot() {
        return lock.call(clients::snapshot);
    }
}
