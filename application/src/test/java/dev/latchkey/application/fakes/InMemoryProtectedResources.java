package dev.latchkey.application.fakes;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ProtectedResources} in memory. Adding a resource whose name is taken, or an external resource
 * whose URI another external resource has, throws {@link IllegalStateException}; so does replacing a
 * resource's target with a URI another resource has. Gateway resources have no stored URI.
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
            refuseTakenUri(resource);
            resources.insert(resource.name(), resource);
        });
    }

    @Override
    public Optional<ProtectedResource> findByUri(ResourceUri uri) {
        return lock.call(() -> resources.first(resource -> externalUri(resource).filter(uri::equals).isPresent()));
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

    @Override
    public boolean replace(ProtectedResource resource) {
        return lock.call(() -> {
            if (resources.get(resource.name()).isEmpty()) {
                return false;
            }
            refuseTakenUri(resource);
            // Only the target and scopes change: the resource was created when it was first added.
            return resources.replaceIf(resource.name(), existing -> true, existing -> new ProtectedResource(
                    existing.name(), resource.target(), resource.scopes(), existing.createdAt()));
        });
    }

    @Override
    public boolean remove(ResourceName name) {
        return lock.call(() -> resources.remove(name));
    }

    /** Like a UNIQUE index on the external URI: another resource's URI may not be reused. */
    private void refuseTakenUri(ProtectedResource resource) {
        Optional<ResourceUri> uri = externalUri(resource);
        if (uri.isPresent() && resources.any(existing -> !existing.name().equals(resource.name())
                && externalUri(existing).equals(uri))) {
            throw new IllegalStateException("a protected resource at " + uri.get() + " already exists");
        }
    }

    private static Optional<ResourceUri> externalUri(ProtectedResource resource) {
        return resource.target() instanceof ResourceTarget.External external
                ? Optional.of(external.uri())
                : Optional.empty();
    }

    Runnable snapshot() {
        return lock.call(resources::snapshot);
    }
}
