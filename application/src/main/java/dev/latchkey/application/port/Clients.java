package dev.latchkey.application.port;

import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The clients Latchkey knows. */
public interface Clients {

    /** Stores a new client; its id must be new. */
    void add(Client client);

    /** Stores a client, replacing the one with the same id (metadata and redirect URIs) if any. */
    void put(Client client);

    Optional<Client> find(ClientId id);

    /**
     * Finds a client, saying why when it cannot be used. A store only knows Found and NotFound; a client
     * known by its metadata document may also be Unusable (the document could not be fetched or says
     * something Latchkey refuses).
     */
    default Lookup lookup(ClientId id) {
        return find(id).<Lookup>map(Found::new).orElseGet(NotFound::new);
    }

    /** Every client, oldest first. */
    List<Client> all();

    /** The clients registered in Settings for {@code organization}, oldest first. */
    List<Client> ownedBy(OrgId organization);

    /** Removes a client and, with it, its grants and their tokens; false when there was none. */
    boolean remove(ClientId id);

    /**
     * Removes dynamically registered clients registered before {@code registeredBefore} that never
     * completed a flow (no grant); returns how many.
     */
    int removeUnusedDynamic(Instant registeredBefore);

    /** The outcome of {@link #lookup}. */
    sealed interface Lookup permits Found, NotFound, Unusable {}

    record Found(Client client) implements Lookup {
        public Found {
            Objects.requireNonNull(client, "client");
        }
    }

    record NotFound() implements Lookup {}

    /** The client identifies itself by a metadata document that cannot be used; {@code reason} says why. */
    record Unusable(String reason) implements Lookup {
        public Unusable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
