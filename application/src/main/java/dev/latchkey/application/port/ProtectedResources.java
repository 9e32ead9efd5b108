package dev.latchkey.application.port;

import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import java.util.List;
import java.util.Optional;

/** The protected resources tokens may be issued for. */
public interface ProtectedResources {

    /** Stores a new resource; name and URI must be new. */
    void add(ProtectedResource resource);

    Optional<ProtectedResource> findByUri(ResourceUri uri);

    Optional<ProtectedResource> findByName(ResourceName name);

    /** Every resource, by name. */
    List<ProtectedResource> all();
}
