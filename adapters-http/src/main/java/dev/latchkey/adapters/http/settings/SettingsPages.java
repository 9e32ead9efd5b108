package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.ui.Pages;
import java.io.IOException;
import java.util.Optional;

/**
 * Renders the settings templates, and the pages that explain a refusal: each says what went wrong and
 * what to do next, and links on.
 */
final class SettingsPages {

    final String basePath;
    private final Pages pages;

    SettingsPages(String basePath, Pages pages) {
        this.basePath = basePath;
        this.pages = pages;
    }

    void setup(HttpExchange exchange, int status, SettingsViews.SetupPage page) throws IOException {
        show(exchange, status, "setup", page);
    }

    void signIn(HttpExchange exchange, int status, SettingsViews.SignInPage page) throws IOException {
        show(exchange, status, "sign-in", page);
    }

    void apps(HttpExchange exchange, int status, SettingsViews.AppsPage page) throws IOException {
        show(exchange, status, "apps", page);
    }

    void clients(HttpExchange exchange, int status, SettingsViews.ClientsPage page) throws IOException {
        show(exchange, status, "clients", page);
    }

    void newClient(HttpExchange exchange, int status, SettingsViews.NewClientPage page) throws IOException {
        show(exchange, status, "new-client", page);
    }

    void clientRegistered(HttpExchange exchange, int status, SettingsViews.ClientRegisteredPage page)
            throws IOException {
        show(exchange, status, "client-registered", page);
    }

    void client(HttpExchange exchange, int status, SettingsViews.ClientPage page) throws IOException {
        show(exchange, status, "client", page);
    }

    void members(HttpExchange exchange, int status, SettingsViews.MembersPage page) throws IOException {
        show(exchange, status, "members", page);
    }

    void resources(HttpExchange exchange, int status, SettingsViews.ResourcesPage page) throws IOException {
        show(exchange, status, "resources", page);
    }

    void account(HttpExchange exchange, int status, SettingsViews.AccountPage page) throws IOException {
        show(exchange, status, "account", page);
    }

    /** A page explaining a refusal, with {@code status}. */
    void problem(HttpExchange exchange, int status, Optional<SettingsViews.Nav> nav, String title, String message,
            String nextPath, String nextLabel) throws IOException {
        show(exchange, status, "problem", new SettingsViews.ProblemPage(basePath, nav, title, message,
                basePath + nextPath, nextLabel));
    }

    /** 404: nothing there, or it belongs to an organization the viewer is not in (the same answer). */
    void notFound(HttpExchange exchange, Optional<SettingsViews.Nav> nav) throws IOException {
        problem(exchange, 404, nav, "Not found", "There is nothing here, or it belongs to an organization you are"
                + " not a member of. Check the link, or start again from your settings.", NextPath.DEFAULT,
                "Go to your connected apps");
    }

    /** 403: the viewer may not do this; {@code reason} says who may. */
    void forbidden(HttpExchange exchange, SettingsViews.Nav nav, String reason) throws IOException {
        problem(exchange, 403, Optional.of(nav), "Not allowed", reason + " Ask one of them to do it for you, or to"
                + " give you that role.", NextPath.DEFAULT, "Go to your connected apps");
    }

    /** 403: a form without the session's CSRF token; nothing was changed. */
    void csrfRejected(HttpExchange exchange, SettingsViews.Nav nav, String formPage) throws IOException {
        problem(exchange, 403, Optional.of(nav), "This form has expired", "Nothing was changed: the form did not"
                + " carry this session's security token, so it may have come from another site or from before you"
                + " last signed in. Open the page again and send the form from there.", formPage,
                "Open the page again");
    }

    /** 405: a known page asked with a method it does not answer. */
    void methodNotAllowed(HttpExchange exchange, Optional<SettingsViews.Nav> nav, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        problem(exchange, 405, nav, "Not available this way", "This address answers " + allowed + " requests only."
                + " Use the links and buttons of the settings pages.", NextPath.DEFAULT, "Go to your connected apps");
    }

    private void show(HttpExchange exchange, int status, String template, Object page) throws IOException {
        Responses.html(exchange, status, pages.render("settings/" + template + ".jte", page));
    }
}
