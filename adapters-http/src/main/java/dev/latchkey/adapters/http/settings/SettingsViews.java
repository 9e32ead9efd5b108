package dev.latchkey.adapters.http.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data each settings template renders. Values are plain text: the templates escape them. Public
 * only because the precompiled templates live in another package.
 */
public final class SettingsViews {

    private SettingsViews() {}

    /** A moment as a machine-readable {@code datetime} and as text a person reads. */
    public record Moment(String iso, String text) {}

    /** One organization in the navigation's switcher. */
    public record OrganizationOption(String id, String name, String role, boolean selected) {}

    /**
     * The navigation of every settings page.
     *
     * @param basePath      the issuer's path, prefixed to every link and form action
     * @param section       the page's section ({@code apps}, {@code clients}, {@code members},
     *                      {@code resources}, {@code account}), empty for none
     * @param username      who is signed in
     * @param csrf          the session's CSRF token, for the sign-out form
     * @param organization  the organization the "OAuth clients" and "Members" links open, if any
     * @param organizations the user's organizations (the switcher shows when there are several)
     * @param showResources whether the user may manage the protected resources
     */
    public record Nav(String basePath, String section, String username, String csrf, Optional<String> organization,
            List<OrganizationOption> organizations, boolean showResources) {
        public Nav {
            Objects.requireNonNull(organization, "organization");
            organizations = List.copyOf(organizations);
        }

        /** {@code "page"} for the link of the current section, else null (the attribute is left out). */
        public String current(String linkSection) {
            return section.equals(linkSection) ? "page" : null;
        }
    }

    /**
     * A page that explains why something cannot be done and what to do next.
     *
     * @param nav       the navigation, when someone is signed in
     * @param nextHref  where to go from here
     * @param nextLabel the link's text
     */
    public record ProblemPage(String basePath, Optional<Nav> nav, String title, String message, String nextHref,
            String nextLabel) {}

    /** The first-run set-up form; {@code username} and {@code organization} as typed. */
    public record SetupPage(String basePath, String token, String csrf, String username, String organization,
            Optional<String> error) {}

    /** The sign-in form of the settings pages; {@code next} is where to go afterwards. */
    public record SignInPage(String basePath, String next, String csrf, String username, Optional<String> error) {}

    /** One connected application (a grant). */
    public record AppRow(String grantId, String clientName, String organizationName, String resourceName,
            String resourceUri, List<String> scopes, Moment granted, Optional<Moment> lastUsed,
            Optional<Moment> revoked) {
        public boolean active() {
            return revoked.isEmpty();
        }
    }

    public record AppsPage(Nav nav, List<AppRow> apps, Optional<String> notice) {}

    /**
     * One OAuth client of an organization.
     *
     * @param origin where it comes from: "registered here", "self-registered" or "self-registered (metadata
     *               document)"
     * @param href   its edit page, for a client registered for the organization
     */
    public record ClientRow(String clientId, String name, String type, String origin, boolean selfRegistered,
            int activeGrants, Optional<String> href, Moment registered) {}

    public record ClientsPage(Nav nav, String orgId, String orgName, List<ClientRow> clients,
            Optional<String> notice) {}

    /** A client type in the registration form. */
    public record KindOption(String value, String label, String hint, boolean checked) {}

    /** A resource checkbox in the registration form. */
    public record ResourceOption(String name, String uri, boolean checked) {}

    /** The registration form, with what was typed. */
    public record NewClientPage(Nav nav, String orgId, String orgName, String name, List<KindOption> kinds,
            String redirectUris, List<ResourceOption> resources, boolean userSignIn, boolean serverToServer,
            Optional<String> error) {}

    /** The answer to a registration: the only time the secret is shown. */
    public record ClientRegisteredPage(Nav nav, String orgId, String clientId, String name, String type,
            String authMethod, Optional<String> secret, String tokenEndpoint, String editHref) {}

    /** A client registered for the organization, with its redirect URIs to edit. */
    public record ClientPage(Nav nav, String orgId, String orgName, String clientId, String name, String type,
            String authMethod, List<String> grantTypes, List<String> resources, String redirectUris,
            int activeGrants, Moment registered, Optional<String> error, Optional<String> notice) {}

    /** A role in a select. */
    public record RoleOption(String value, boolean selected) {}

    /** One member of the organization, with what the reader may do to them. */
    public record MemberRow(String userId, String username, Optional<String> displayName, String role,
            Moment since, boolean you, boolean disabled, List<RoleOption> roles, boolean mayChange,
            boolean mayRemove) {}

    public record MembersPage(Nav nav, String orgId, String orgName, String yourRole, List<MemberRow> members,
            String addUsername, List<RoleOption> addRoles, String createUsername, List<RoleOption> createRoles,
            Optional<String> error, Optional<String> notice) {}

    /** One protected resource. */
    public record ResourceRow(String name, String uri, String forwardsTo, String scopes, Moment added) {}

    public record ResourcesPage(Nav nav, List<ResourceRow> resources, String name, String upstream, String scopes,
            Optional<String> error, Optional<String> notice) {}

    /** One of the user's memberships, on the account page. */
    public record MembershipRow(String organization, String role, Moment since) {}

    public record AccountPage(Nav nav, String username, String email, String displayName,
            List<MembershipRow> memberships, Optional<String> error, Optional<String> notice) {}
}
