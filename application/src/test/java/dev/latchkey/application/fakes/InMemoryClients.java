package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Clients} in memory. Adding a client whose id is taken throws {@link IllegalStateException}. */
public final class InMemoryClients implements Clients {

    private final FakeLock lock;
    private final Table<ClientId, Client> clients = new Table<>("client");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryClients() {
        this(new FakeLock());
    }

    InMemoryClients(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(Client client) {
        lock.run(() -> clients.insert(client.id(), client));
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

    Runnable snapshot() {
        return lock.call(clients::snapshot);
    }
}
