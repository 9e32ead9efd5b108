package dev.latchkey.domain.resource;

import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import java.time.Instant;
import java.util.Objects;

/**
 * A protected resource tokens may be issued for (RFC 8707): typically an MCP server.
 *
 * @param name      the administrator's short name for it
 * @param uri       its canonical URI, the {@code aud} of its tokens
 * @param scopes    the scopes it understands; a token for it carries a subset of these
 * @param createdAt when it was added
 */
public record ProtectedResource(ResourceName name, ResourceUri uri, ScopeSet scopes, Instant createdAt) {

    /** The scopes a resource understands when none are given: just {@code mcp:use}. */
    public static final ScopeSet DEFAULT_SCOPES = ScopeSet.of(Scope.MCP_USE);

    public ProtectedResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
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
}
