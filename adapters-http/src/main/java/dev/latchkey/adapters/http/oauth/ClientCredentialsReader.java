package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.validation.Parsed;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads client credentials from {@code Authorization: Basic} (RFC 6749 §2.3.1, where id and secret are
 * form-urlencoded before base64) or from the form body ({@code client_id}, {@code client_secret}).
 * "The client MUST NOT use more than one authentication method in each request."
 */
final class ClientCredentialsReader {

    private ClientCredentialsReader() {}

    /** The credentials, or why they could not be read; {@code usedBasic} decides the 401 challenge. */
    sealed interface Outcome permits Read, Unreadable {
        boolean usedBasic();
    }

    record Read(ClientCredentials credentials, boolean usedBasic) implements Outcome {}

    record Unreadable(OAuthError error, boolean usedBasic) implements Outcome {}

    static Outcome read(HttpExchange exchange, Parameters form) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (authorization != null && !basic) {
            return new Unreadable(OAuthError.invalidClient("Only HTTP Basic client authentication is accepted in the"
                    + " Authorization header here (client_secret_basic)."), false);
        }
        if (basic) {
            if (form.has("client_secret")) {
                return new Unreadable(OAuthError.invalidRequest("The client sent its secret twice (HTTP Basic and"
                        + " client_secret); use one method only (RFC 6749 section 2.3.1)."), true);
            }
            return readBasic(authorization.substring(6).strip(), form);
        }
        Optional<String> clientId = form.get("client_id");
        Optional<String> secret = form.get("client_secret");
        if (clientId.isEmpty()) {
            return new Read(new ClientCredentials.None(), false);
        }
        Parsed<ClientId> id = Parsed.of(clientId.get(), ClientId::new);
        if (!(id instanceof Parsed.Valid<ClientId> validId)) {
            return new Unreadable(unknownClient(), false);
        }
        if (secret.isEmpty()) {
            return new Read(new ClientCredentials.IdOnly(validId.value()), false);
        }
        return Parsed.of(secret.get(), ClientSecret::new) instanceof Parsed.Valid<ClientSecret> validSecret
                ? new Read(new ClientCredentials.Post(validId.value(), validSecret.value()), false)
                : new Unreadable(wrongSecret(), false);
    }

    private static Outcome readBasic(String encoded, Parameters form) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return new Unreadable(OAuthError.invalidClient("The HTTP Basic credentials are not valid base64."), true);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Unreadable(OAuthError.invalidClient("The HTTP Basic credentials must be client_id:client_secret."),
                    true);
        }
        String rawId = formDecode(decoded.substring(0, colon));
        String rawSecret = formDecode(decoded.substring(colon + 1));
        if (form.get("client_id").map(formId -> !formId.equals(rawId)).orElse(false)) {
            return new Unreadable(OAuthError.invalidRequest("client_id in the form differs from the one in the HTTP"
                    + " Basic credentials."), true);
        }
        if (!(Parsed.of(rawId, ClientId::new) instanceof Parsed.Valid<ClientId> id)) {
            return new Unreadable(unknownClient(), true);
        }
        if (!(Parsed.of(rawSecret, ClientSecret::new) instanceof Parsed.Valid<ClientSecret> secret)) {
            return new Unreadable(wrongSecret(), true);
        }
        return new Read(new ClientCredentials.Basic(id.value(), secret.value()), true);
    }

    private static String formDecode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    private static OAuthError unknownClient() {
        return OAuthError.invalidClient("Unknown client_id. The client is not registered here: register it again.");
    }

    private static OAuthError wrongSecret() {
        return OAuthError.invalidClient("Client authentication failed: the client secret is wrong. Use the secret"
                + " returned at registration.");
    }

    /** The HTTP status for a client authentication failure (RFC 6749 §5.2). */
    static int statusFor(OAuthError error) {
        return error.code() == OAuthErrorCode.INVALID_CLIENT ? 401 : 400;
    }

    /** Adds the Basic challenge that RFC 6749 §5.2 requires when the client tried HTTP Basic. */
    static void challengeIfBasic(HttpExchange exchange, OAuthError error, boolean usedBasic) {
        if (usedBasic && error.code() == OAuthErrorCode.INVALID_CLIENT) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"latchkey\", charset=\"UTF-8\"");
        }
    }
}
