package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.authorization.DecideConsent;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /oauth/authorize/consent}: the user's Allow or Deny. The form must carry the session's
 * CSRF token; the answer goes back to the client's redirect URI with {@code code} (or
 * {@code error=access_denied}), {@code state} and {@code iss}.
 */
final class ConsentDecisionEndpoint implements Endpoint {

    private final DecideConsent decideConsent;
    private final FrontChannel frontChannel;

    ConsentDecisionEndpoint(DecideConsent decideConsent, FrontChannel frontChannel) {
        this.decideConsent = decideConsent;
        this.frontChannel = frontChannel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Parameters form;
        switch (RequestBodies.form(exchange)) {
            case RequestBodies.FormProblem problem -> {
                frontChannel.showError(exchange, problem.problem().status(),
                        OAuthError.invalidRequest(problem.problem().message()));
                return;
            }
            case RequestBodies.Form parsed -> form = parsed.parameters();
        }
        Optional<RequestHandle> handle = FrontChannel.handle(form);
        if (handle.isEmpty()) {
            frontChannel.showError(exchange, 400, FrontChannel.expired());
            return;
        }
        Optional<ResumeSession.Active> signedIn = frontChannel.signedIn(exchange);
        if (signedIn.isEmpty()) {
            frontChannel.showSignIn(exchange, 401, handle.get(), "", Optional.of("Your session ended before you"
                    + " answered. Sign in again to continue."));
            return;
        }
        if (!signedIn.get().session().csrfMatches(form.get("csrf").orElse(null))) {
            frontChannel.showError(exchange, 403, OAuthError.invalidRequest("The consent form failed its security"
                    + " check (missing or wrong CSRF token): it was not sent by this page. Go back to the application"
                    + " and connect again."));
            return;
        }
        Optional<DecideConsent.Decision> decision = form.get("decision").flatMap(ConsentDecisionEndpoint::decision);
        if (decision.isEmpty()) {
            frontChannel.showError(exchange, 400, OAuthError.invalidRequest("The form did not say Allow or Deny."
                    + " Go back and press one of the two buttons."));
            return;
        }
        Optional<OrgId> organization = form.get("organization")
                .flatMap(value -> Parsed.of(value, OrgId::new) instanceof Parsed.Valid<OrgId> valid
                        ? Optional.of(valid.value())
                        : Optional.empty());
        // The session started when the user signed in: the ID token's auth_time (OIDC Core §2).
        DecideConsent.Command command = new DecideConsent.Command(handle.get(), signedIn.get().user().id(),
                decision.get(), organization, Optional.of(signedIn.get().session().createdAt()));
        switch (decideConsent.decide(command)) {
            case DecideConsent.Refused refused -> frontChannel.showError(exchange, 400, refused.error());
            case DecideConsent.Redirect redirect -> Responses.redirect(exchange, 303, redirect.response().location());
        }
    }

    private static Optional<DecideConsent.Decision> decision(String value) {
        return switch (value) {
            case "allow" -> Optional.of(DecideConsent.Decision.ALLOW);
            case "deny" -> Optional.of(DecideConsent.Decision.DENY);
            default -> Optional.empty();
        };
    }
}
