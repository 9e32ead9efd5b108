package dev.latchkey.application.client;

import dev.latchkey.application.port.ClientMetadataDocuments;
import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.org.OrgId;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients Latchkey knows, including those that identify themselves by a Client ID Metadata
 * Document: a client_id that is an https URL is resolved by fetching that URL (through
 * {@link ClientMetadataDocuments}), checking the document with {@link ClientMetadataRules}, and keeping
 * the result in the store (grants refer to it) and in a small in-memory cache for as long as the
 * document's caching headers allow. When a refresh fails, the copy already known is used (stale) and
 * the failure logged; only a client never fetched successfully is refused.
 *
 * <p>Every other client_id is looked up in the store as is.
 */
public final class MetadataDocumentClients implements Clients {

    private static final System.Logger LOG = System.getLogger(MetadataDocumentClients.class.getName());

    /** How long a stored copy may stand in for a document that cannot be fetched. */
    static final Duration MAX_STALENESS = Duration.ofDays(7);

    private static final int CACHE_CAPACITY = 1_000;

    private final Clients store;
    private final ClientMetadataDocuments documents;
    private final Clock clock;
    private final Map<ClientId, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Client client, Instant freshUntil) {}

    public MetadataDocumentClients(Clients store, ClientMetadataDocuments documents, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Lookup lookup(ClientId id) {
        if (!id.isMetadataDocumentUrl()) {
            return store.lookup(id);
        }
        Instant now = clock.instant();
        Cached cached = cache.get(id);
        if (cached != null && now.isBefore(cached.freshUntil())) {
            return new Found(cached.client());
        }
        URI url;
        try {
            url = new URI(id.value());
        } catch (URISyntaxException malformed) {
            return new Unusable("The client_id " + id + " looks like a metadata document URL but is not a valid URL.");
        }
        return switch (documents.fetch(url)) {
            case ClientMetadataDocuments.Failed failed -> stale(id, cached, now, failed.reason());
            case ClientMetadataDocuments.Fetched fetched -> accept(id, url, fetched, now);
        };
    }

    private Lookup accept(ClientId id, URI url, ClientMetadataDocuments.Fetched fetched, Instant now) {
        return switch (ClientMetadataRules.check(fetched.metadata(), new ClientMetadataRules.MetadataDocument(url))) {
            case ClientMetadataRules.Invalid invalid -> {
                cache.remove(id);
                yield new Unusable(invalid.error().description());
            }
            case ClientMetadataRules.Valid valid -> {
                ClientMetadataRules.Accepted accepted = valid.accepted();
                Client client = new Client(id, accepted.profile(), accepted.redirectUris(), accepted.authMethod(),
                        accepted.grantTypes(), accepted.scope(), Optional.empty(),
                        RegistrationSource.METADATA_DOCUMENT, now);
                store.put(client);
                if (cache.size() >= CACHE_CAPACITY) {
                    cache.entrySet().removeIf(entry -> !now.isBefore(entry.getValue().freshUntil()));
                    if (cache.size() >= CACHE_CAPACITY) {
                        cache.clear();
                    }
                }
                cache.put(id, new Cached(client, now.plus(fetched.freshFor())));
                yield new Found(client);
            }
        };
    }

    /** A refresh failed: use the copy known, if it is not too old. */
    private Lookup stale(ClientId id, Cached cached, Instant now, String reason) {
        Optional<Client> known = cached != null ? Optional.of(cached.client()) : store.find(id)
                .filter(client -> client.source() == RegistrationSource.METADATA_DOCUMENT);
        Optional<Client> usable = known.filter(client -> now.isBefore(client.registeredAt().plus(MAX_STALENESS)));
        if (usable.isPresent()) {
            LOG.log(Level.WARNING, "Using the stored metadata document of " + id + ": fetching it again failed ("
                    + reason + ")");
            return new Found(usable.get());
        }
        return new Unusable(reason);
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return lookup(id) instanceof Found found ? Optional.of(found.client()) : Optional.empty();
    }

    @Override
    public void add(Client client) {
        store.add(client);
    }

    @Override
    public void put(Client client) {
        cache.remove(client.id());
        store.put(client);
    }

    @Override
    public List<Client> all() {
        return store.all();
    }

    @Override
    public List<Client> ownedBy(OrgId organization) {
        return store.ownedBy(organization);
    }

    @Override
    public boolean remove(ClientId id) {
        cache.remove(id);
        return store.remove(id);
    }

    @Override
    public int removeUnusedDynamic(Instant registeredBefore) {
        return store.removeUnusedDynamic(registeredBefore);
    }
}
