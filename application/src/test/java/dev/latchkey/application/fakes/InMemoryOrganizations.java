package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Organizations;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Organizations} in memory. Adding an organization whose id or name is taken throws
 * {@link IllegalStateException}.
 */
public final class InMemoryOrganizations implements Organizations {

    private final FakeLock lock;
    private final Table<OrgId, Organization> organizations = new Table<>("organization");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryOrganizations() {
        this(new FakeLock());
    }

    InMemoryOrganizations(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(Organization organization) {
        lock.run(() -> {
            if (organizations.any(existing -> existing.name().equals(organization.name()))) {
                throw new IllegalStateException("an organization named " + organization.name() + " already exists");
            }
            organizations.insert(organization.id(), organization);
        });
    }

    @Override
    public Optional<Organization> find(OrgId id) {
        return lock.call(() -> organizations.get(id));
    }

    @Override
    public Optional<Organization> findByName(OrgName name) {
        return lock.call(() -> organizations.first(organization -> organization.name().equals(name)));
    }

    @Override
    public List<Organization> all() {
        return lock.call(() -> organizations.rows().stream()
                .sorted(Comparator.comparing((Organization organization) -> organization.name().value()))
                .toList());
    }

    Runnable snapshot() {
        return lock.call(organizations::snapshot);
    }
}
