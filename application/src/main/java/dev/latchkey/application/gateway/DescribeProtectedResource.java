package dev.latchkey.application.gateway;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.resource.ResourceCatalog;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import java.util.Objects;
import java.util.Optional;

/**
 * What a gateway resource's Protected Resource Metadata (RFC 9728 §2) says: its canonical URI, the
 * authorization server (this issuer, byte for byte), and the scopes a client should ask for, kept
 * minimal and without {@code offline_access} (MCP clients request every scope listed).
 */
public final class DescribeProtectedResource {

    private final ResourceCatalog catalog;
    private final ServerSettings settings;

    public DescribeProtectedResource(ProtectedResources resources, ServerSettings settings) {
        this.catalog = new ResourceCatalog(resources, settings);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Which resource: a gateway resource by name, or (empty) the server's root. */
    public record Command(Optional<ResourceName> resource) {
        public Command {
            Objects.requireNonNull(resource, "resource");
        }
    }

    /** The metadata's content. */
    public record Description(ResourceUri resource, Issuer authorizationServer, ScopeSet scopesSupported,
            String resourceName) {}

    public Optional<Description> describe(Command command) {
        if (command.resource().isEmpty()) {
            return Optional.of(new Description(ResourceUri.parse(settings.issuer().value()), settings.issuer(),
                    CheckGatewayCall.REQUIRED_SCOPES, "Latchkey"));
        }
        return catalog.gatewayResource(command.resource().get()).map(resource -> new Description(
                catalog.uriOf(resource), settings.issuer(), resource.scopes(), resource.name().value()));
    }

    /** Whether the gateway knows a resource by this name (for the root metadata's callers). */
    public boolean exists(ResourceName name) {
        return catalog.gatewayResource(name).map(ProtectedResource::name).isPresent();
    }
}
