package dev.latchkey.application.metadata;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import java.util.Objects;

/**
 * What the server says about itself in its metadata (RFC 8414 §2): its issuer and the scopes it knows,
 * which are the scopes of its protected resources plus {@code offline_access} and the OpenID Connect
 * scopes {@code openid profile email} (OpenID Connect Discovery §3). Kept small, as MCP clients request
 * every advertised scope when they are not told which to use.
 */
public final class DescribeServer {

    private final ProtectedResources resources;
    private final Users users;
    private final ServerSettings settings;

    public DescribeServer(ProtectedResources resources, Users users, ServerSettings settings) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.users = Objects.requireNonNull(users, "users");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The server's description. */
    public record Description(Issuer issuer, ScopeSet scopesSupported) {}

    public Description describe() {
        ScopeSet scopes = ScopeSet.of(Scope.MCP_USE);
        for (ProtectedResource resource : resources.all()) {
            scopes = scopes.union(resource.scopes());
        }
        return new Description(settings.issuer(), scopes.union(ScopeSet.of(Scope.OFFLINE_ACCESS))
                .union(ScopeSet.openIdConnect()));
    }

    /** Whether no user exists yet, so the operator must create one before anyone can sign in. */
    public boolean needsFirstUser() {
        return users.isEmpty();
    }
}
