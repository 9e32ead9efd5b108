package dev.latchkey.domain.resource;

import java.util.Objects;

/**
 * Where a protected resource is: an MCP server clients reach directly, which validates Latchkey's tokens
 * itself, or an upstream that Latchkey's gateway fronts at {@code {issuer}/mcp/NAME}.
 */
public sealed interface ResourceTarget permits ResourceTarget.External, ResourceTarget.Gateway {

    /** A resource at its own URL ({@code resources add NAME --url URL}). */
    record External(ResourceUri uri) implements ResourceTarget {
        public External {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** A resource behind the gateway ({@code resources add NAME --upstream URL}). */
    record Gateway(Upstream upstream) implements ResourceTarget {
        public Gateway {
            Objects.requireNonNull(upstream, "upstream");
        }
    }
}
