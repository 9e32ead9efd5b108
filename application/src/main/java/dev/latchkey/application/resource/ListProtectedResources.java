package dev.latchkey.application.resource;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import java.util.List;
import java.util.Objects;

/** Lists every protected resource with the URL clients use ({@code resources list}). */
public final class ListProtectedResources {

    private final ResourceCatalog catalog;

    public ListProtectedResources(ProtectedResources resources, ServerSettings settings) {
        this.catalog = new ResourceCatalog(Objects.requireNonNull(resources, "resources"), settings);
    }

    /** A resource and the URL clients connect to. */
    public record Listed(ProtectedResource resource, ResourceUri uri) {}

    public List<Listed> list() {
        return catalog.all().stream().map(resource -> new Listed(resource, catalog.uriOf(resource))).toList();
    }
}
