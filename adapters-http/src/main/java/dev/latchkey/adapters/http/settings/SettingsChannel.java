package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.ui.BrowserCookies;
import dev.latchkey.application.account.DescribeAccount;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every settings endpoint shares: who is signed in (a live session whose user is active; idle and
 * absolute timeouts are {@link ResumeSession}'s), the redirect to sign-in when nobody is, and the
 * posted form checked against the session's CSRF token before anything else happens.
 */
final class SettingsChannel {

    final String basePath;
    final SettingsPages pages;
    final BrowserCookies cookies;
    private final Issuer issuer;
    private final ResumeSession resumeSession;
    private final DescribeAccount describeAccount;

    SettingsChannel(Issuer issuer, SettingsPages pages, BrowserCookies cookies, ResumeSession resumeSession,
            DescribeAccount describeAccount) {
        this.issuer = issuer;
        this.basePath = pages.basePath;
        this.pages = pages;
        this.cookies = cookies;
        this.resumeSession = resumeSession;
        this.describeAccount = describeAccount;
    }

    /** A signed-in viewer and the form they posted, its CSRF token checked. */
    record Submission(Viewer viewer, Parameters form) {}

    /** The signed-in viewer of this browser, if its session is live and its user active. */
    Optional<Viewer> viewer(HttpExchange exchange) {
        Optional<SessionToken> token = cookies.session(exchange);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResumeSession.Active> active = resumeSession.resume(new ResumeSession.Command(token.get()));
        if (active.isEmpty()) {
            return Optional.empty();
        }
        return switch (describeAccount.describe(new DescribeAccount.Command(active.get().user().id()))) {
            case DescribeAccount.NotFound gone -> Optional.empty();
            case DescribeAccount.Described described -> Optional.of(new Viewer(token.get(), active.get().session(),
                    described.user(), described.organizations(), described.mayAdministerResources(),
                    cookies.organization(exchange).flatMap(SettingsChannel::orgId)));
        };
    }

    /**
     * The signed-in viewer; when nobody is, answers with a redirect (303) to the sign-in page, which comes
     * back to {@code returnPath} afterwards, and returns empty.
     */
    Optional<Viewer> viewerOrSignIn(HttpExchange exchange, String returnPath) throws IOException {
        Optional<Viewer> viewer = viewer(exchange);
        if (viewer.isEmpty()) {
            if (cookies.session(exchange).isPresent()) {
                cookies.clearSession(exchange);
            }
            Responses.redirect(exchange, 303, basePath + "/sign-in?next="
                    + URLEncoder.encode(returnPath, StandardCharsets.UTF_8));
        }
        return viewer;
    }

    /**
     * The form a signed-in viewer posted from {@code formPage}, if it carries the session's CSRF token.
     * Otherwise answers (sign-in redirect, 400/413 for an unreadable body, 403 for a missing or wrong token,
     * nothing changed) and returns empty.
     */
    Optional<Submission> submission(HttpExchange exchange, String formPage, String section,
            Optional<OrgId> organization) throws IOException {
        Optional<Viewer> viewer = viewerOrSignIn(exchange, formPage);
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        SettingsViews.Nav nav = viewer.get().nav(basePath, section, organization);
        Parameters form;
        switch (RequestBodies.form(exchange)) {
            case RequestBodies.FormProblem problem -> {
                pages.problem(exchange, problem.problem().status(), Optional.of(nav), "This form could not be read",
                        problem.problem().message() + " Nothing was changed; open the page again and send the form"
                                + " from there.", formPage, "Open the page again");
                return Optional.empty();
            }
            case RequestBodies.Form parsed -> form = parsed.parameters();
        }
        if (!viewer.get().csrfMatches(form.get("csrf"))) {
            pages.csrfRejected(exchange, nav, formPage);
            return Optional.empty();
        }
        return Optional.of(new Submission(viewer.get(), form));
    }

    /** Sends the browser to {@code path} under the issuer (303 after a form, so a reload does not repeat it). */
    void redirect(HttpExchange exchange, String path) throws IOException {
        Responses.redirect(exchange, 303, basePath + path);
    }

    /** The token endpoint's URL, for the page that shows a new client's credentials. */
    String tokenEndpoint() {
        return issuer.resolve("/oauth/token");
    }

    /** An organization id as sent in a URL or cookie, if it is well-formed. */
    static Optional<OrgId> orgId(String value) {
        return Parsed.of(value, OrgId::new) instanceof Parsed.Valid<OrgId> valid
                ? Optional.of(valid.value())
                : Optional.empty();
    }
}
