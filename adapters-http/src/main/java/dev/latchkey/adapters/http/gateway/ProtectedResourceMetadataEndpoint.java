package dev.latchkey.adapters.http.gateway;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.gateway.DescribeProtectedResource;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Protected Resource Metadata (RFC 9728 §3): {@code /.well-known/oauth-protected-resource/mcp/NAME}
 * (path-inserted, with the issuer's path when it has one) for a gateway resource, and
 * {@code /.well-known/oauth-protected-resource} for the root.
 */
final class ProtectedResourceMetadataEndpoint implements Endpoint {

    static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

    private final DescribeProtectedResource describe;
    private final Issuer issuer;

    ProtectedResourceMetadataEndpoint(DescribeProtectedResource describe, Issuer issuer) {
        this.describe = describe;
        this.issuer = issuer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.json(exchange, 405, Map.of("error", "invalid_request", "error_description", "Use GET."));
            return;
        }
        String rest = exchange.getRequestURI().getRawPath().substring(WELL_KNOWN.length());
        if (!issuer.path().isEmpty() && rest.startsWith(issuer.path() + "/")) {
            rest = rest.substring(issuer.path().length());
        }
        Optional<DescribeProtectedResource.Description> description;
        if (rest.isEmpty() || rest.equals("/") || rest.equals(issuer.path())) {
            description = describe.describe(new DescribeProtectedResource.Command(Optional.empty()));
        } else if (rest.startsWith(ProtectedResource.GATEWAY_PATH)
                && Parsed.of(rest.substring(ProtectedResource.GATEWAY_PATH.length()), ResourceName::new)
                        instanceof Parsed.Valid<ResourceName> name) {
            description = describe.describe(new DescribeProtectedResource.Command(Optional.of(name.value())));
        } else {
            description = Optional.empty();
        }
        if (description.isEmpty()) {
            Responses.json(exchange, 404, Map.of("error", "not_found", "error_description",
                    "No protected resource is described at this path. Gateway resources are described at "
                            + WELL_KNOWN + issuer.path() + "/mcp/NAME."));
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
        Responses.json(exchange, 200, document(description.get()));
    }

    private static Map<String, Object> document(DescribeProtectedResource.Description description) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("resource", description.resource().value());
        metadata.put("authorization_servers", List.of(description.authorizationServer().value()));
        metadata.put("scopes_supported", description.scopesSupported().scopes().stream().map(Scope::value).toList());
        metadata.put("bearer_methods_supported", List.of("header"));
        metadata.put("resource_name", description.resourceName());
        return metadata;
    }
}
