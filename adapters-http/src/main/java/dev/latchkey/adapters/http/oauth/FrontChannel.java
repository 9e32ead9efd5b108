package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.ui.BrowserCookies;
import dev.latchkey.adapters.http.ui.Pages;
import dev.latchkey.adapters.http.ui.Views;
import dev.latchkey.application.authorization.FindPendingAuthorization;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/**
 * What the browser-facing steps of the authorization flow share: pages, cookies, the signed-in user,
 * and the rules for error pages (an error that cannot be sent back to the client is shown to the user,
 * saying what to do next).
 */
final class FrontChannel {

    static final String CONSENT_PATH = "/oauth/authorize/consent";
    static final String SIGN_IN_PATH = "/oauth/authorize/sign-in";

    final String basePath;
    final Pages pages;
    final BrowserCookies cookies;
    private final RandomTokens random;
    private final ResumeSession resumeSession;
    private final FindPendingAuthorization findPending;

    FrontChannel(String basePath, Pages pages, BrowserCookies cookies, RandomTokens random,
            ResumeSession resumeSession, FindPendingAuthorization findPending) {
        this.basePath = basePath;
        this.pages = pages;
        this.cookies = cookies;
        this.random = random;
        this.resumeSession = resumeSession;
        this.findPending = findPending;
    }

    /** The signed-in user of this browser, if its session is live. */
    Optional<ResumeSession.Active> signedIn(HttpExchange exchange) {
        return cookies.session(exchange).flatMap(token -> resumeSession.resume(new ResumeSession.Command(token)));
    }

    /** The pending request named by the {@code request} parameter, if it is well-formed. */
    static Optional<RequestHandle> handle(Parameters parameters) {
        return parameters.get("request")
                .flatMap(value -> Parsed.of(value, RequestHandle::new) instanceof Parsed.Valid<RequestHandle> valid
                        ? Optional.of(valid.value())
                        : Optional.empty());
    }

    String consentUrl(RequestHandle handle) {
        return basePath + CONSENT_PATH + "?request=" + handle.value();
    }

    /**
     * Shows the sign-in page for a pending request, with a login CSRF token double-submitted as a cookie
     * and a hidden field, so another site cannot sign the browser in to an account of its choosing.
     */
    void showSignIn(HttpExchange exchange, int status, RequestHandle handle, String username,
            Optional<String> error) throws IOException {
        Optional<FindPendingAuthorization.Found> found = findPending.find(new FindPendingAuthorization.Command(handle));
        if (found.isEmpty()) {
            showError(exchange, 400, expired());
            return;
        }
        String csrf = cookies.loginCsrfForForm(exchange, random);
        Responses.html(exchange, status, pages.signIn(new Views.SignInPage(basePath, handle.value(), csrf,
                found.get().client().displayName(), username, error)));
    }

    /** Whether the login CSRF field matches the cookie (constant-time comparison). */
    boolean loginCsrfMatches(HttpExchange exchange, Optional<String> field) {
        return cookies.loginCsrfMatches(exchange, field);
    }

    /** Shows an error page for an error that must not be redirected to the client. */
    void showError(HttpExchange exchange, int status, OAuthError error) throws IOException {
        Responses.html(exchange, status, pages.error(new Views.ErrorPage(basePath, titleFor(error), error.description(),
                error.code().wireName())));
    }

    static OAuthError expired() {
        return OAuthError.invalidRequest("This authorization request has expired or was already answered. Go back"
                + " to the application and connect again to start a new one.");
    }

    private static String titleFor(OAuthError error) {
        return switch (error.code()) {
            case INVALID_CLIENT -> "This application is not registered here";
            case ACCESS_DENIED -> "Access cannot be granted";
            case INVALID_TARGET -> "Unknown resource";
            default -> "This request cannot be completed";
        };
    }
}
