package dev.latchkey.application.port;

import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import java.util.List;
import java.util.Optional;

/** The registered clients. */
public interface Clients {

    /** Stores a new client; its id must be new. */
    void add(Client client);

    Optional<Client> find(ClientId id);

    /** Every client, oldest first. */
    List<Client> all();
}
