package dev.latchkey.adapters.http.metadata;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.server.Issuer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authorization server metadata (RFC 8414 §2, §3), served at
 * {@code /.well-known/oauth-authorization-server} and {@code /.well-known/openid-configuration}. The
 * {@code issuer} member is the configured issuer byte for byte (RFC 8414 §3.3: it "MUST be identical
 * to the issuer identifier value into which the well-known URI string was inserted").
 */
final class AuthorizationServerMetadataEndpoint implements Endpoint {

    static final List<String> CLIENT_AUTH_METHODS = List.of("none", "client_secret_basic", "client_secret_post");

    private final DescribeServer describeServer;

    AuthorizationServerMetadataEndpoint(DescribeServer describeServer) {
        this.describeServer = describeServer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        DescribeServer.Description description = describeServer.describe();
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
        Responses.json(exchange, 200, document(description));
    }

    static Map<String, Object> document(DescribeServer.Description description) {
        Issuer issuer = description.issuer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer.value());
        metadata.put("authorization_endpoint", issuer.resolve("/oauth/authorize"));
        metadata.put("token_endpoint", issuer.resolve("/oauth/token"));
        metadata.put("registration_endpoint", issuer.resolve("/oauth/register"));
        metadata.put("revocation_endpoint", issuer.resolve("/oauth/revoke"));
        metadata.put("introspection_endpoint", issuer.resolve("/oauth/introspect"));
        metadata.put("jwks_uri", issuer.resolve("/jwks.json"));
        metadata.put("scopes_supported", description.scopesSupported().scopes().stream().map(Scope::value).toList());
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("response_modes_supported", List.of("query"));
        metadata.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("token_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        metadata.put("revocation_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        metadata.put("introspection_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post"));
        metadata.put("authorization_response_iss_parameter_supported", true);
        // draft-ietf-oauth-client-id-metadata-document: an https client_id is fetched as the client's metadata.
        metadata.put("client_id_metadata_document_supported", true);
        return metadata;
    }
}
