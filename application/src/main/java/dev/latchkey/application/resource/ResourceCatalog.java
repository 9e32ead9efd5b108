package dev.latchkey.application.resource;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.validation.Parsed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds protected resources by the URI clients use. A gateway resource's URI is
 * {@code {issuer}/mcp/NAME}, derived from the current issuer; an external resource's URI is stored.
 */
public final class ResourceCatalog {

    private final ProtectedResources resources;
    private final ServerSettings settings;

    public ResourceCatalog(ProtectedResources resources, ServerSettings settings) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The resource clients reach at {@code uri}, if any. */
    public Optional<ProtectedResource> byUri(ResourceUri uri) {
        String gatewayPrefix = gatewayPrefix();
        if (uri.value().startsWith(gatewayPrefix)) {
            String rest = uri.value().substring(gatewayPrefix.length());
            if (Parsed.of(rest, ResourceName::new) instanceof Parsed.Valid<ResourceName> name) {
                return gatewayResource(name.value());
            }
        }
        return resources.findByUri(uri);
    }

    /** Whether {@code uri} is under {@code {issuer}/mcp/}, where only gateway resources are served. */
    public boolean isUnderGatewayPath(ResourceUri uri) {
        return uri.value().startsWith(gatewayPrefix());
    }

    /**
     * {@code {issuer}/mcp/} spelled as {@link ProtectedResource#gatewayUri} spells gateway URIs: in canonical
     * form, so an issuer written with its default port ({@code https://host:443}) matches them too.
     */
    private String gatewayPrefix() {
        return ResourceUri.parse(settings.issuer().value()).value() + ProtectedResource.GATEWAY_PATH;
    }

    /** The gateway resource called {@code name}, if there is one. */
    public Optional<ProtectedResource> gatewayResource(ResourceName name) {
        return resources.findByName(name).filter(resource -> resource.target() instanceof ResourceTarget.Gateway);
    }

    /** The canonical URI of {@code resource} under the current issuer. */
    public ResourceUri uriOf(ProtectedResource resource) {
        return resource.uri(settings.issuer());
    }

    public List<ProtectedResource> all() {
        return resources.all();
    }
}
