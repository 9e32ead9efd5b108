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

    /** The external resource ({@code ResourceTarget.External}) at {@code uri}. */
    Optional<ProtectedResource> findByUri(ResourceUri uri);

    Optional<ProtectedResource> findByName(ResourceName name);

    /** Every resource, by name. */
    List<ProtectedResource> all();

    /** Replaces the target and scopes of the resource with the same name; false when there is none. */
    boolean replace(ProtectedResource resource);

    /** Removes the resource; false when there was none. Grants and tokens for it stay, and stop working. */
    boolean remove(ResourceName name);
}
