package dev.latchkey.application.resource;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.domain.resource.ProtectedResource;
import java.util.List;
import java.util.Objects;

/** Lists every protected resource ({@code resources list}). */
public final class ListProtectedResources {

    private final ProtectedResources resources;

    public ListProtectedResources(ProtectedResources resources) {
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    public List<ProtectedResource> list() {
        return resources.all();
    }
}
