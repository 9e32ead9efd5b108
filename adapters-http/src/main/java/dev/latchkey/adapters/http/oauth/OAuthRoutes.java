package dev.latchkey.adapters.http.oauth;

import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.adapters.http.ui.BrowserCookies;
import dev.latchkey.adapters.http.ui.Pages;
import dev.latchkey.application.authorization.ApproveAutomatically;
import dev.latchkey.application.authorization.DecideConsent;
import dev.latchkey.application.authorization.DescribeConsent;
import dev.latchkey.application.authorization.FindPendingAuthorization;
import dev.latchkey.application.authorization.StartAuthorization;
import dev.latchkey.application.introspection.IntrospectToken;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.registration.RegisterClient;
import dev.latchkey.application.registration.ThrottleRegistrations;
import dev.latchkey.application.revocation.RevokeToken;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.application.session.SignIn;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.application.token.ExchangeAuthorizationCode;
import dev.latchkey.application.token.IssueClientCredentialsToken;
import dev.latchkey.application.token.RefreshAccessToken;
import dev.latchkey.application.userinfo.DescribeUserInfo;
import java.util.Objects;

/** Adds the OAuth endpoints to the route table. */
public final class OAuthRoutes {

    /** The OpenID Connect UserInfo endpoint (OIDC Core §5.3), under the issuer. */
    public static final String USER_INFO_PATH = "/oauth/userinfo";

    private OAuthRoutes() {}

    /** The use cases behind the OAuth endpoints. */
    public record UseCases(
            RegisterClient registerClient,
            StartAuthorization startAuthorization,
            FindPendingAuthorization findPendingAuthorization,
            SignIn signIn,
            ResumeSession resumeSession,
            DescribeConsent describeConsent,
            DecideConsent decideConsent,
            ExchangeAuthorizationCode exchangeAuthorizationCode,
            RefreshAccessToken refreshAccessToken,
            IntrospectToken introspectToken,
            RevokeToken revokeToken,
            ThrottleRegistrations throttleRegistrations,
            ApproveAutomatically approveAutomatically,
            IssueClientCredentialsToken issueClientCredentialsToken,
            DescribeUserInfo describeUserInfo) {

        public UseCases {
            Objects.requireNonNull(registerClient, "registerClient");
            Objects.requireNonNull(startAuthorization, "startAuthorization");
            Objects.requireNonNull(findPendingAuthorization, "findPendingAuthorization");
            Objects.requireNonNull(signIn, "signIn");
            Objects.requireNonNull(resumeSession, "resumeSession");
            Objects.requireNonNull(describeConsent, "describeConsent");
            Objects.requireNonNull(decideConsent, "decideConsent");
            Objects.requireNonNull(exchangeAuthorizationCode, "exchangeAuthorizationCode");
            Objects.requireNonNull(refreshAccessToken, "refreshAccessToken");
            Objects.requireNonNull(introspectToken, "introspectToken");
            Objects.requireNonNull(revokeToken, "revokeToken");
            Objects.requireNonNull(throttleRegistrations, "throttleRegistrations");
            Objects.requireNonNull(approveAutomatically, "approveAutomatically");
            Objects.requireNonNull(issueClientCredentialsToken, "issueClientCredentialsToken");
            Objects.requireNonNull(describeUserInfo, "describeUserInfo");
        }
    }

    public static void register(Router router, UseCases useCases, ServerSettings settings, Pages pages,
            BrowserCookies cookies, RandomTokens random) {
        FrontChannel frontChannel = new FrontChannel(settings.issuer().path(), pages, cookies, random,
                useCases.resumeSession(), useCases.findPendingAuthorization());

        router.post("/oauth/register", new RegistrationEndpoint(useCases.registerClient(),
                useCases.throttleRegistrations()))
                .allowCors("/oauth/register");
        router.get("/oauth/authorize", new AuthorizationEndpoint(useCases.startAuthorization(),
                useCases.approveAutomatically(), settings.autoApproveAs(), frontChannel));
        router.get(FrontChannel.CONSENT_PATH, new ConsentPageEndpoint(useCases.describeConsent(), frontChannel));
        router.post(FrontChannel.CONSENT_PATH, new ConsentDecisionEndpoint(useCases.decideConsent(), frontChannel));
        router.post(FrontChannel.SIGN_IN_PATH, new SignInEndpoint(useCases.signIn(), frontChannel, settings));
        router.post("/oauth/token", new TokenEndpoint(useCases.exchangeAuthorizationCode(),
                useCases.refreshAccessToken(), useCases.issueClientCredentialsToken())).allowCors("/oauth/token");
        router.post("/oauth/introspect", new IntrospectionEndpoint(useCases.introspectToken()))
                .allowCors("/oauth/introspect");
        router.post("/oauth/revoke", new RevocationEndpoint(useCases.revokeToken())).allowCors("/oauth/revoke");
        // OIDC Core §5.3.1: "The UserInfo Endpoint MUST support the use of the HTTP GET and HTTP POST methods".
        UserInfoEndpoint userInfo = new UserInfoEndpoint(useCases.describeUserInfo());
        router.get(USER_INFO_PATH, userInfo).post(USER_INFO_PATH, userInfo).allowCors(USER_INFO_PATH);
    }
}
