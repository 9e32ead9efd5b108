package dev.latchkey.adapters.http.metadata;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.SigningKeys;
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
 *
 * <p>The one document serves both names, so it carries the OpenID Connect Discovery §3 members too (RFC
 * 8414 §2 lets an authorization server use them): the UserInfo endpoint, public subject identifiers,
 * the ID token signing algorithms (those of the published keys, current first) and the claims Latchkey
 * can release. Discovery §3 asks for RS256 among the algorithms; Latchkey lists only what its keys sign
 * with, ES256 by default (RS256 with {@code --signing-alg RS256}).
 */
final class AuthorizationServerMetadataEndpoint implements Endpoint {

    static final List<String> CLIENT_AUTH_METHODS = List.of("none", "client_secret_basic", "client_secret_post");

    /** Every claim an ID token or the UserInfo endpoint may carry (OIDC Core §2, §5.1). */
    static final List<String> CLAIMS_SUPPORTED = List.of("iss", "sub", "aud", "azp", "exp", "iat", "auth_time",
            "nonce", "email", "email_verified", "name", "preferred_username");

    private final DescribeServer describeServer;
    private final SigningKeys signingKeys;

    AuthorizationServerMetadataEndpoint(DescribeServer describeServer, SigningKeys signingKeys) {
        this.describeServer = describeServer;
        this.signingKeys = signingKeys;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        DescribeServer.Description description = describeServer.describe();
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
        Responses.json(exchange, 200, document(description, signingKeys.published().stream()
                .map(SigningKeys.PublicSigningKey::algorithm).distinct().toList()));
    }

    static Map<String, Object> document(DescribeServer.Description description, List<String> signingAlgorithms) {
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
        metadata.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("token_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        metadata.put("revocation_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        metadata.put("introspection_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post"));
        metadata.put("authorization_response_iss_parameter_supported", true);
        // draft-ietf-oauth-client-id-metadata-document: an https client_id is fetched as the client's metadata.
        metadata.put("client_id_metadata_document_supported", true);
        // OpenID Connect Discovery §3.
        metadata.put("userinfo_endpoint", issuer.resolve("/oauth/userinfo"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", signingAlgorithms);
        metadata.put("claims_supported", CLAIMS_SUPPORTED);
        return metadata;
    }
}
