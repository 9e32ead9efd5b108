package dev.latchkey.adapters.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.registration.RegisterClient;
import dev.latchkey.application.registration.ThrottleRegistrations;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientMetadata;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.error.OAuthError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/register}: dynamic client registration (RFC 7591 §3). Members of the wrong JSON
 * type are refused with {@code invalid_client_metadata}; unknown members are ignored (RFC 7591 §2:
 * "The authorization server MUST ignore any client metadata sent by the client that it does not
 * understand"). The 201 response echoes the registered metadata (RFC 7591 §3.2.1).
 */
final class RegistrationEndpoint implements Endpoint {

    private final RegisterClient registerClient;
    private final ThrottleRegistrations throttle;

    RegistrationEndpoint(RegisterClient registerClient, ThrottleRegistrations throttle) {
        this.registerClient = registerClient;
        this.throttle = throttle;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String address = exchange.getRemoteAddress().getAddress().getHostAddress();
        if (throttle.check(new ThrottleRegistrations.Command(address))
                instanceof ThrottleRegistrations.Limited limited) {
            long seconds = Math.max(1, limited.retryAfter().toSeconds());
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(seconds));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "temporarily_unavailable");
            body.put("error_description", "Too many client registrations from this address. Try again in " + seconds
                    + " seconds.");
            Responses.jsonNoStore(exchange, 429, body);
            return;
        }
        JsonNode body;
        switch (RequestBodies.jsonObject(exchange)) {
            case RequestBodies.JsonProblem problem -> {
                Responses.oauthError(exchange, problem.problem().status(),
                        OAuthError.invalidClientMetadata(problem.problem().message()));
                return;
            }
            case RequestBodies.JsonDocument document -> body = document.node();
        }
        Members members = new Members(body);
        // RFC 7591 §3.1: the server assigns client_id; one sent by the client is ignored like any member
        // the server does not use.
        RegisterClient.Command command = new RegisterClient.Command(new ClientMetadata(
                Optional.empty(),
                members.stringList("redirect_uris"),
                members.string("token_endpoint_auth_method"),
                members.stringList("token_endpoint_auth_methods_supported"),
                members.stringList("grant_types"),
                members.stringList("response_types"),
                members.string("client_name"),
                members.string("client_uri"),
                members.string("logo_uri"),
                members.string("tos_uri"),
                members.string("policy_uri"),
                members.stringList("contacts").orElse(List.of()),
                members.string("software_id"),
                members.string("software_version"),
                members.string("scope")));
        if (members.problem().isPresent()) {
            Responses.oauthError(exchange, 400, OAuthError.invalidClientMetadata(members.problem().get()));
            return;
        }
        switch (registerClient.register(command)) {
            case RegisterClient.Rejected rejected -> Responses.oauthError(exchange, 400, rejected.error());
            case RegisterClient.Registered registered -> Responses.jsonNoStore(exchange, 201, response(registered));
        }
    }

    private static Map<String, Object> response(RegisterClient.Registered registered) {
        Client client = registered.client();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", client.id().value());
        registered.secret().ifPresent(secret -> {
            body.put("client_secret", secret.value());
            body.put("client_secret_expires_at", 0);
        });
        body.put("client_id_issued_at", client.registeredAt().getEpochSecond());
        body.put("redirect_uris", client.redirectUris().stream().map(RedirectUri::value).toList());
        body.put("token_endpoint_auth_method", client.authMethod().wireName());
        body.put("grant_types", client.grantTypes().stream().map(GrantType::wireName).sorted().toList());
        body.put("response_types", List.of("code"));
        client.profile().name().ifPresent(name -> body.put("client_name", name));
        client.profile().clientUri().ifPresent(uri -> body.put("client_uri", uri));
        client.profile().logoUri().ifPresent(uri -> body.put("logo_uri", uri));
        client.profile().tosUri().ifPresent(uri -> body.put("tos_uri", uri));
        client.profile().policyUri().ifPresent(uri -> body.put("policy_uri", uri));
        if (!client.profile().contacts().isEmpty()) {
            body.put("contacts", client.profile().contacts());
        }
        client.profile().softwareId().ifPresent(id -> body.put("software_id", id));
        client.profile().softwareVersion().ifPresent(version -> body.put("software_version", version));
        client.scope().ifPresent(scope -> body.put("scope", scope.asString()));
        return body;
    }

    /**
     * Reads typed members of the registration document; a member of the wrong type is remembered as
     * the problem to report (the first one wins) and read as absent.
     */
    private static final class Members {
        private final JsonNode body;
        private Optional<String> problem = Optional.empty();

        Members(JsonNode body) {
            this.body = body;
        }

        Optional<String> problem() {
            return problem;
        }

        Optional<String> string(String name) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                return wrongType(name + " must be a JSON string.");
            }
            return Optional.of(value.asText());
        }

        Optional<List<String>> stringList(String name) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            List<String> items = new ArrayList<>();
            if (value.isArray()) {
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        return wrongType(name + " must be a JSON array of strings.");
                    }
                    items.add(item.asText());
                }
                return Optional.of(items);
            }
            return wrongType(name + " must be a JSON array of strings.");
        }

        private <T> Optional<T> wrongType(String message) {
            if (problem.isEmpty()) {
                problem = Optional.of(message);
            }
            return Optional.empty();
        }
    }
}
