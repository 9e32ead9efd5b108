package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import java.io.IOException;
import java.util.Optional;

/** {@code GET /settings/account}: who the user is, their organizations, and their profile to edit. */
final class AccountPageEndpoint implements Endpoint {

    static final String PATH = "/settings/account";

    private final SettingsChannel channel;

    AccountPageEndpoint(SettingsChannel channel) {
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, PATH);
        if (viewer.isEmpty()) {
            return;
        }
        show(exchange, 200, viewer.get(), viewer.get().user().email().orElse(""),
                viewer.get().user().displayName().orElse(""), Optional.empty(), Notices.from(exchange));
    }

    /** The page, with the profile fields as given (the stored ones, or what was typed). */
    void show(HttpExchange exchange, int status, Viewer viewer, String email, String displayName,
            Optional<String> error, Optional<String> notice) throws IOException {
        var memberships = viewer.organizations().stream()
                .map(role -> new SettingsViews.MembershipRow(role.organization().name().value(),
                        role.role().wireName(), Moments.of(role.since())))
                .toList();
        channel.pages.account(exchange, status, new SettingsViews.AccountPage(
                viewer.nav(channel.basePath, "account", Optional.empty()), viewer.user().username().value(), email,
                displayName, memberships, error, notice));
    }
}
