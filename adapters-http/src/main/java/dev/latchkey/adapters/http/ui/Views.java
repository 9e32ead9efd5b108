package dev.latchkey.adapters.http.ui;

import java.util.List;
import java.util.Optional;

/** The data each page template renders. Values are plain text: the templates escape them. */
public final class Views {

    private Views() {}

    /**
     * The sign-in page.
     *
     * @param basePath      the issuer's path, prefixed to every link and form action
     * @param requestHandle the pending authorization request, carried through the form
     * @param csrf          the login CSRF token (double-submitted with a cookie)
     * @param clientName    the application that asked, so the user knows why they sign in
     * @param username      what they typed last time, kept on a failed attempt
     * @param error         why the last attempt failed
     */
    public record SignInPage(String basePath, String requestHandle, String csrf, String clientName, String username,
            Optional<String> error) {}

    /** One scope as shown at consent. */
    public record ScopeLine(String scope, String meaning) {}

    /** One organization the user may pick. */
    public record OrganizationOption(String id, String name, String role) {}

    /**
     * The consent page.
     *
     * @param clientName    the client's registered name (or id)
     * @param clientId      the client id
     * @param redirectHost  where the user will be sent afterwards
     * @param unverified    whether anyone could have registered this client under this name
     * @param clientIdHost  for a client known by its metadata document, the host serving it (else empty)
     * @param preRegistered whether an administrator registered the client
     * @param resourceName  the resource's short name
     * @param resourceUri   the resource's URL (the token's audience)
     * @param scopes        what will be granted, in plain words
     * @param ignoredScopes scopes the client asked for that this server does not know (dropped)
     * @param organizations the user's organizations
     * @param signedInAs    the username of the signed-in user
     */
    public record ConsentPage(String basePath, String requestHandle, String csrf, String clientName, String clientId,
            String redirectHost, boolean unverified, String clientIdHost, boolean preRegistered, String resourceName, String resourceUri, List<ScopeLine> scopes,
            List<String> ignoredScopes, List<OrganizationOption> organizations, String signedInAs) {}

    /**
     * An error page: what went wrong and what to do next.
     *
     * @param title   a short heading
     * @param message the explanation
     * @param code    the OAuth error code, for people reading logs or docs
     */
    public record ErrorPage(String basePath, String title, String message, String code) {}

    /** The home page of a running server. */
    public record HomePage(String basePath, String issuer, String metadataUrl, boolean needsFirstUser,
            String firstUserCommand) {}
}
