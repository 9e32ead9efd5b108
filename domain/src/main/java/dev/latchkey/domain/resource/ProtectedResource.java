package dev.latchkey.domain.resource;

import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A protected resource tokens may be issued for (RFC 8707): an MCP server.
 *
 * @param name      the administrator's short name for it
 * @param target    its own URL, or the upstream the gateway forwards to
 * @param scopes    the scopes it understands; a token for it carries a subset of these
 * @param createdAt when it was added
 */
public record ProtectedResource(ResourceName name, ResourceTarget target, ScopeSet scopes, Instant createdAt) {

    /** The scopes a resource understands when none are given: just {@code mcp:use}. */
    public static final ScopeSet DEFAULT_SCOPES = ScopeSet.of(Scope.MCP_USE);

    /** Where the gateway serves its resources, under the issuer. */
    public static final String GATEWAY_PATH = "/mcp/";

    public ProtectedResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(createdAt, "createdAt");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a protected resource needs at least one scope");
        }
        if (scopes.contains(Scope.OFFLINE_ACCESS)) {
            throw new IllegalArgumentException(
                    "offline_access is about refresh tokens, not a resource; leave it out of the resource's scopes");
        }
    }

    /**
     * The canonical URI clients connect to and tokens carry as {@code aud}: the external URL, or
     * {@code {issuer}/mcp/NAME} for a gateway resource. Derived from the issuer rather than stored, so
     * it follows a change of {@code --issuer}.
     */
    public ResourceUri uri(Issuer issuer) {
        return switch (target) {
            case ResourceTarget.External external -> external.uri();
            case ResourceTarget.Gateway gateway -> gatewayUri(issuer, name);
        };
    }

    /** The gateway's URI for the resource named {@code name}. */
    public static ResourceUri gatewayUri(Issuer issuer, ResourceName name) {
        return ResourceUri.parse(issuer.value() + GATEWAY_PATH + name.value());
    }

    /** The upstream, for a gateway resource. */
    public Optional<Upstream> upstream() {
        return target instanceof ResourceTarget.Gateway gateway ? Optional.of(gateway.upstream()) : Optional.empty();
    }
}
