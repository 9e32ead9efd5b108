package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.application.account.RevokeConnectedApp;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /settings/apps/revoke}: the user revokes one of their grants; its refresh tokens stop at
 * once and its access tokens on their next call. Someone else's grant is not found.
 */
final class RevokeAppEndpoint implements Endpoint {

    private final RevokeConnectedApp revokeConnectedApp;
    private final SettingsChannel channel;

    RevokeAppEndpoint(RevokeConnectedApp revokeConnectedApp, SettingsChannel channel) {
        this.revokeConnectedApp = revokeConnectedApp;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<SettingsChannel.Submission> submission = channel.submission(exchange,
                ConnectedAppsPageEndpoint.PATH, "apps", Optional.empty());
        if (submission.isEmpty()) {
            return;
        }
        Viewer viewer = submission.get().viewer();
        Optional<GrantId> grant = submission.get().form().get("grant")
                .flatMap(value -> Parsed.of(value, GrantId::new) instanceof Parsed.Valid<GrantId> valid
                        ? Optional.of(valid.value())
                        : Optional.empty());
        if (grant.isEmpty()) {
            channel.pages.notFound(exchange, Optional.of(viewer.nav(channel.basePath, "apps", Optional.empty())));
            return;
        }
        switch (revokeConnectedApp.revoke(new RevokeConnectedApp.Command(viewer.id(), grant.get()))) {
            case RevokeConnectedApp.Revoked revoked ->
                    channel.redirect(exchange, Notices.after(ConnectedAppsPageEndpoint.PATH, Notices.REVOKED));
            case RevokeConnectedApp.NotFound notFound ->
                    channel.pages.notFound(exchange, Optional.of(viewer.nav(channel.basePath, "apps", Optional.empty())));
        }
    }
}
