package dev.latchkey.adapters.http.metadata;

import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.SigningKeys;
import dev.latchkey.domain.server.Issuer;
import java.util.Map;

/** Adds the discovery routes: metadata (both well-known names, path-inserted too), JWKS and health. */
public final class MetadataRoutes {

    private MetadataRoutes() {}

    public static void register(Router router, Issuer issuer, DescribeServer describeServer, SigningKeys keys) {
        AuthorizationServerMetadataEndpoint metadata = new AuthorizationServerMetadataEndpoint(describeServer, keys);
        String issuerPath = issuer.path();
        // RFC 8414 §3.1: the well-known string goes between the host and the issuer's path. OpenID Connect
        // Discovery §4 appends it to the issuer instead; both are served, plus the plain root forms.
        for (String path : issuerPath.isEmpty()
                ? new String[] {"/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"}
                : new String[] {"/.well-known/oauth-authorization-server" + issuerPath,
                    "/.well-known/openid-configuration" + issuerPath,
                    "/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"}) {
            router.get(path, metadata).allowCors(path);
        }
        JwksEndpoint jwks = new JwksEndpoint(keys);
        router.get("/jwks.json", jwks).allowCors("/jwks.json");
        router.get("/.well-known/jwks.json", jwks).allowCors("/.well-known/jwks.json");
        router.get("/healthz", exchange -> Responses.json(exchange, 200, Map.of("status", "ok")));
    }
}
