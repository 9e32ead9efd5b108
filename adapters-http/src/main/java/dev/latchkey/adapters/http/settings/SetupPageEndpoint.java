package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.ui.BrowserCookies;
import dev.latchkey.application.account.FirstRunSetup;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.domain.user.SetupToken;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /setup?token=...}: the first-run form, while no user exists and the link works. A link that
 * does not (wrong, used, expired or replaced, or a user exists already) is answered at once with what to
 * do instead: restart the server for a new link, use the command line, or sign in.
 */
final class SetupPageEndpoint implements Endpoint {

    private final FirstRunSetup firstRunSetup;
    private final DescribeServer describeServer;
    private final SettingsPages pages;
    private final BrowserCookies cookies;
    private final RandomTokens random;
    private final String firstUserCommand;

    SetupPageEndpoint(FirstRunSetup firstRunSetup, DescribeServer describeServer, SettingsPages pages,
            BrowserCookies cookies, RandomTokens random, String firstUserCommand) {
        this.firstRunSetup = firstRunSetup;
        this.describeServer = describeServer;
        this.pages = pages;
        this.cookies = cookies;
        this.random = random;
        this.firstUserCommand = firstUserCommand;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!describeServer.needsFirstUser()) {
            alreadySetUp(pages, exchange);
            return;
        }
        Optional<String> token = Parameters.parse(exchange.getRequestURI().getRawQuery())
                .flatMap(parameters -> parameters.get("token"))
                .filter(value -> Parsed.of(value, SetupToken::new).isValid());
        if (token.isEmpty()) {
            linkNotValid(pages, exchange, "This set-up link is incomplete: it has no valid token."
                    + " Copy the whole link the server printed (\u201cFinish setting up in your browser: \u2026\u201d),"
                    + " restart the server to print a new one, or create the first user on the command line: "
                    + firstUserCommand);
            return;
        }
        if (!firstRunSetup.works(token.get())) {
            linkNotValid(pages, exchange, "This set-up link was already used, has expired (a link works for one"
                    + " hour) or was replaced by a newer one. Restart the server to print a new link, or create the"
                    + " first user on the command line: " + firstUserCommand);
            return;
        }
        pages.setup(exchange, 200, new SettingsViews.SetupPage(pages.basePath, token.get(),
                cookies.loginCsrfForForm(exchange, random), "", "", Optional.empty()));
    }

    static void alreadySetUp(SettingsPages pages, HttpExchange exchange) throws IOException {
        pages.problem(exchange, 409, Optional.empty(), "This set-up link does not work", "It was already used:"
                + " Latchkey is already set up, so sign in instead. Without an account, ask an owner or admin of"
                + " this server to create one, or use the command line (users add). Restarting the server prints a"
                + " new set-up link only while no user exists.", "/sign-in", "Sign in");
    }

    static void linkNotValid(SettingsPages pages, HttpExchange exchange, String message) throws IOException {
        pages.problem(exchange, 400, Optional.empty(), "This set-up link does not work", message, "/", "Go to the"
                + " home page");
    }
}
