package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.ui.ScopeDescriptions;
import dev.latchkey.adapters.http.ui.Views;
import dev.latchkey.application.authorization.DescribeConsent;
import dev.latchkey.application.client.ClientTrust;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.scope.Scope;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /oauth/authorize/consent?request=...}: the sign-in page when nobody is signed in, else the
 * consent page naming the client, where it sends the user back to, the resource, the scopes in plain
 * words and the user's organizations to pick from.
 */
final class ConsentPageEndpoint implements Endpoint {

    private final DescribeConsent describeConsent;
    private final FrontChannel frontChannel;

    ConsentPageEndpoint(DescribeConsent describeConsent, FrontChannel frontChannel) {
        this.describeConsent = describeConsent;
        this.frontChannel = frontChannel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<RequestHandle> handle = Parameters.parse(exchange.getRequestURI().getRawQuery())
                .flatMap(FrontChannel::handle);
        if (handle.isEmpty()) {
            frontChannel.showError(exchange, 400, FrontChannel.expired());
            return;
        }
        Optional<ResumeSession.Active> signedIn = frontChannel.signedIn(exchange);
        if (signedIn.isEmpty()) {
            frontChannel.showSignIn(exchange, 200, handle.get(), "", Optional.empty());
            return;
        }
        ResumeSession.Active active = signedIn.get();
        switch (describeConsent.describe(new DescribeConsent.Command(handle.get(), active.user().id()))) {
            case DescribeConsent.Unavailable unavailable -> frontChannel.showError(exchange, 400, unavailable.error());
            case DescribeConsent.Ready ready -> {
                String resourceName = ready.resource().name().value();
                List<Views.ScopeLine> scopes = ready.request().scope().scopes().stream()
                        .map(scope -> new Views.ScopeLine(scope.value(), ScopeDescriptions.describe(scope, resourceName)))
                        .toList();
                List<Views.OrganizationOption> organizations = ready.organizations().stream()
                        .map(choice -> new Views.OrganizationOption(choice.organization().id().value(),
                                choice.organization().name().value(), choice.role().wireName()))
                        .toList();
                Responses.html(exchange, 200, frontChannel.pages.consent(new Views.ConsentPage(frontChannel.basePath,
                        handle.get().value(), active.session().csrfToken(), ready.client().displayName(),
                        ready.client().id().value(), ready.request().redirectUri().displayHost(),
                        ready.trust() == ClientTrust.UNVERIFIED, ready.clientIdHost().orElse(""),
                        ready.trust() == ClientTrust.PRE_REGISTERED, resourceName,
                        ready.request().resource().value(), scopes,
                        ready.request().ignoredScopes().scopes().stream().map(Scope::value).toList(), organizations,
                        active.user().username().value())));
            }
        }
    }
}
