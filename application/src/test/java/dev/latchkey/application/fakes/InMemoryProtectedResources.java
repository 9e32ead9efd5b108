package dev.latchkey.application.fakes;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ProtectedResources} in memory. Adding a resource whose name or URI is taken throws
 * {@link IllegalStateException}.
 */
public final class InMemoryProtectedResources implements ProtectedResources {

    private final FakeLock lock;
    private final Table<ResourceName, ProtectedResource> resources = new Table<>("protected resource");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryProtectedResources() {
        this(new FakeLock());
    }

    InMemoryProtectedResources(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(ProtectedResource resource) {
        lock.run(() -> {
            if (resources.any(existing -> existing.uri().equals(resource.uri()))) {
                throw new IllegalStateException("a protected resource at " + resource.uri() + " already exists");
            }
            resources.insert(resource.name(), resource);
        });
    }

    @Override
    public Optional<ProtectedResource> findByUri(ResourceUri uri) {
        return lock.call(() -> resources.first(resource -> resource.uri().equals(uri)));
    }

    @Override
    public Optional<ProtectedResource> findByName(ResourceName name) {
        return lock.call(() -> resources.get(name));
    }

    @Override
    public List<ProtectedResource> all() {
        return lock.call(() -> resources.rows().stream()
                .sorted(Comparator.comparing((ProtectedResource resource) -> resource.name().value()))
                .toList());
    }

    Runnable snapshot() {
        return lock.call(resources::snapshot);
    }
}
