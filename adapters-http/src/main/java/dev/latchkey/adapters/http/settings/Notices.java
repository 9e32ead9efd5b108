package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Parameters;
import java.util.Map;
import java.util.Optional;

/**
 * What a page says after a form succeeded. The form redirects (303, so a reload does not send it again)
 * to the page with {@code ?done=KEY}; only these fixed texts can be shown, never text from the URL.
 */
final class Notices {

    static final String REVOKED = "revoked";
    static final String PROFILE_SAVED = "profile-saved";
    static final String CLIENT_DELETED = "client-deleted";
    static final String REDIRECT_URIS_SAVED = "redirect-uris-saved";
    static final String MEMBER_ADDED = "member-added";
    static final String MEMBER_CREATED = "member-created";
    static final String ROLE_CHANGED = "role-changed";
    static final String MEMBER_REMOVED = "member-removed";
    static final String LEFT = "left";
    static final String RESOURCE_ADDED = "resource-added";
    static final String RESOURCE_REMOVED = "resource-removed";

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry(REVOKED, "Access revoked: the application's refresh tokens stopped working, and its access"
                    + " tokens are refused on their next call."),
            Map.entry(PROFILE_SAVED, "Profile saved. Applications see the new values the next time they ask."),
            Map.entry(CLIENT_DELETED, "Client deleted, with every grant and token it had."),
            Map.entry(REDIRECT_URIS_SAVED, "Redirect URIs saved."),
            Map.entry(MEMBER_ADDED, "Member added. They can use this organization the next time they connect an"
                    + " application."),
            Map.entry(MEMBER_CREATED, "User created and added. Give them their initial password in person; they"
                    + " can sign in now."),
            Map.entry(ROLE_CHANGED, "Role changed. It applies from the member's next call."),
            Map.entry(MEMBER_REMOVED, "Member removed. Their access to this organization ended at once."),
            Map.entry(LEFT, "You left the organization."),
            Map.entry(RESOURCE_ADDED, "Resource added. Clients can now ask for tokens for it."),
            Map.entry(RESOURCE_REMOVED, "Resource removed. New authorizations for it are refused, and the gateway"
                    + " no longer serves it."));

    private Notices() {}

    /** The notice named by the request's {@code done} parameter, if it names one. */
    static Optional<String> from(HttpExchange exchange) {
        return Parameters.parse(exchange.getRequestURI().getRawQuery())
                .flatMap(parameters -> parameters.get("done"))
                .map(TEXTS::get);
    }

    /** {@code path} with the notice {@code key}. */
    static String after(String path, String key) {
        return path + "?done=" + key;
    }
}
