package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.domain.error.OAuthError;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The part every back-channel endpoint (token, introspection, revocation) shares: a bounded form body,
 * no repeated parameters, and the client's credentials. On any problem the error response is already
 * sent and {@link #read} returns empty.
 *
 * @param form        the form parameters
 * @param credentials the client's credentials
 * @param usedBasic   whether the client tried HTTP Basic (decides the 401 challenge)
 */
record BackChannelRequest(Parameters form, ClientCredentials credentials, boolean usedBasic) {

    static Optional<BackChannelRequest> read(HttpExchange exchange) throws IOException {
        Parameters form;
        switch (RequestBodies.form(exchange)) {
            case RequestBodies.FormProblem problem -> {
                Responses.oauthError(exchange, problem.problem().status(),
                        OAuthError.invalidRequest(problem.problem().message()));
                return Optional.empty();
            }
            case RequestBodies.Form parsed -> form = parsed.parameters();
        }
        if (!form.repeated().isEmpty()) {
            Responses.oauthError(exchange, 400, OAuthError.invalidRequest("Parameters sent more than once: "
                    + form.repeated().stream().sorted().collect(Collectors.joining(", "))
                    + ". Send each parameter once (RFC 6749 section 3.2)."));
            return Optional.empty();
        }
        return switch (ClientCredentialsReader.read(exchange, form)) {
            case ClientCredentialsReader.Unreadable unreadable -> {
                rejectClient(exchange, unreadable.error(), unreadable.usedBasic());
                yield Optional.empty();
            }
            case ClientCredentialsReader.Read read ->
                    Optional.of(new BackChannelRequest(form, read.credentials(), read.usedBasic()));
        };
    }

    /** Answers an error, with 401 and the Basic challenge for {@code invalid_client} (RFC 6749 §5.2). */
    static void rejectClient(HttpExchange exchange, OAuthError error, boolean usedBasic) throws IOException {
        ClientCredentialsReader.challengeIfBasic(exchange, error, usedBasic);
        Responses.oauthError(exchange, ClientCredentialsReader.statusFor(error), error);
    }

    void reject(HttpExchange exchange, OAuthError error) throws IOException {
        rejectClient(exchange, error, usedBasic);
    }
}
