package dev.latchkey.adapters.http.settings;

import dev.latchkey.application.client.RegisterOrganizationClient;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.org.OrgId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the client pages name client types and origins, and who may manage an organization's clients. */
final class ClientLabels {

    private ClientLabels() {}

    /** The client types of the registration form, in the order shown. */
    static List<SettingsViews.KindOption> kinds(Optional<RegisterOrganizationClient.Kind> checked) {
        return List.of(
                kind(RegisterOrganizationClient.Kind.PUBLIC, "Public (PKCE only)", "No secret: apps that run on"
                        + " people's devices or in the browser. Users always sign in.", checked),
                kind(RegisterOrganizationClient.Kind.CONFIDENTIAL_POST, "Confidential, secret in the request body"
                        + " (recommended)", "A server-side app keeps a secret and sends it as client_secret in the"
                        + " token request (client_secret_post).", checked),
                kind(RegisterOrganizationClient.Kind.CONFIDENTIAL_BASIC, "Confidential, secret with HTTP Basic",
                        "The same, with the secret in an Authorization: Basic header (client_secret_basic).",
                        checked));
    }

    private static SettingsViews.KindOption kind(RegisterOrganizationClient.Kind kind, String label, String hint,
            Optional<RegisterOrganizationClient.Kind> checked) {
        return new SettingsViews.KindOption(value(kind), label, hint, checked.map(kind::equals).orElse(false));
    }

    /** The form value of a client type. */
    static String value(RegisterOrganizationClient.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The client type a form value names. */
    static Optional<RegisterOrganizationClient.Kind> kind(String value) {
        for (RegisterOrganizationClient.Kind kind : RegisterOrganizationClient.Kind.values()) {
            if (value(kind).equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** "Public" or "Confidential". */
    static String type(Client client) {
        return client.isConfidential() ? "Confidential" : "Public";
    }

    /** Where the client comes from, as the list marks it. */
    static String origin(Client client) {
        return switch (client.source()) {
            case ADMIN -> client.owner().isPresent() ? "registered here" : "registered by an administrator";
            case DYNAMIC -> "self-registered";
            case METADATA_DOCUMENT -> "self-registered (metadata document)";
        };
    }

    static boolean selfRegistered(Client client) {
        return client.source() != RegistrationSource.ADMIN;
    }

    /** Why a member who is not an owner or admin cannot manage the clients of {@code organization}. */
    static String notAllowed(Viewer viewer, OrgId organization) {
        String name = viewer.membership(organization).map(role -> role.organization().name().value())
                .orElse("this organization");
        return "Only owners and admins of " + name + " can manage its OAuth clients.";
    }
}
