package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.ui.BrowserCookies;
import dev.latchkey.application.account.FirstRunSetup;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.session.SignIn;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /setup}: creates the first owner and organization with the one-time link's token, then
 * signs them in and sends them to their connected apps. The form is protected like a sign-in form (the
 * login CSRF token, double-submitted), besides the token only the server's console showed.
 */
final class SetupEndpoint implements Endpoint {

    private final FirstRunSetup firstRunSetup;
    private final DescribeServer describeServer;
    private final SignIn signIn;
    private final SettingsPages pages;
    private final BrowserCookies cookies;
    private final RandomTokens random;
    private final ServerSettings settings;

    SetupEndpoint(FirstRunSetup firstRunSetup, DescribeServer describeServer, SignIn signIn, SettingsPages pages,
            BrowserCookies cookies, RandomTokens random, ServerSettings settings) {
        this.firstRunSetup = firstRunSetup;
        this.describeServer = describeServer;
        this.signIn = signIn;
        this.pages = pages;
        this.cookies = cookies;
        this.random = random;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Parameters form;
        switch (RequestBodies.form(exchange)) {
            case RequestBodies.FormProblem problem -> {
                pages.problem(exchange, problem.problem().status(), Optional.empty(), "This form could not be read",
                        problem.problem().message() + " Open the set-up link again and send the form from there.",
                        "/", "Go to the home page");
                return;
            }
            case RequestBodies.Form parsed -> form = parsed.parameters();
        }
        if (!describeServer.needsFirstUser()) {
            // Said first, whatever else is wrong with the form: no set-up link works any more.
            SetupPageEndpoint.alreadySetUp(pages, exchange);
            return;
        }
        String token = form.get("token").orElse("");
        String username = form.get("username").orElse("");
        String organization = form.get("organization").orElse("");
        if (!cookies.loginCsrfMatches(exchange, form.get("csrf"))) {
            again(exchange, 403, token, username, organization, "This form had expired or came from another page,"
                    + " so nothing was created. Fill it in again below.");
            return;
        }
        Parsed<Password> password = Parsed.of(form.get("password").orElse(""), Password::new);
        if (!(password instanceof Parsed.Valid<Password> validPassword)) {
            again(exchange, 422, token, username, organization, "Choose a password of 8 to "
                    + Password.MAXIMUM_LENGTH + " characters.");
            return;
        }
        switch (firstRunSetup.complete(new FirstRunSetup.Command(token, username, validPassword.value(),
                organization))) {
            case FirstRunSetup.Completed completed -> signInAsOwner(exchange, completed, validPassword.value());
            case FirstRunSetup.Refused refused -> {
                switch (refused.reason()) {
                    case LINK_NOT_VALID -> SetupPageEndpoint.linkNotValid(pages, exchange, refused.message());
                    case ALREADY_SET_UP -> SetupPageEndpoint.alreadySetUp(pages, exchange);
                    case INVALID_INPUT -> again(exchange, 422, token, username, organization, refused.message());
                }
            }
        }
    }

    private void signInAsOwner(HttpExchange exchange, FirstRunSetup.Completed completed, Password password)
            throws IOException {
        String clientAddress = exchange.getRemoteAddress().getAddress().getHostAddress();
        switch (signIn.signIn(new SignIn.Command(completed.user().username().value(), password, clientAddress))) {
            case SignIn.SignedIn signedIn -> {
                cookies.setSession(exchange, signedIn.token(), settings.sessionLifetime());
                cookies.clearLoginCsrf(exchange);
                Responses.redirect(exchange, 303, pages.basePath + NextPath.DEFAULT);
            }
            // The account exists; should signing in fail now, the sign-in page explains and comes back here.
            case SignIn.Refused refused -> Responses.redirect(exchange, 303, pages.basePath + "/sign-in");
            case SignIn.Throttled throttled -> Responses.redirect(exchange, 303, pages.basePath + "/sign-in");
        }
    }

    private void again(HttpExchange exchange, int status, String token, String username, String organization,
            String error) throws IOException {
        pages.setup(exchange, status, new SettingsViews.SetupPage(pages.basePath, token,
                cookies.loginCsrfForForm(exchange, random), username, organization, Optional.of(error)));
    }
}
