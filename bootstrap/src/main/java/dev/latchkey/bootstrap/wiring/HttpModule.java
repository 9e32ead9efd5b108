package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.adapters.http.oauth.OAuthRoutes;
import dev.latchkey.application.authorization.DecideConsent;
import dev.latchkey.application.authorization.DescribeConsent;
import dev.latchkey.application.authorization.FindPendingAuthorization;
import dev.latchkey.application.authorization.StartAuthorization;
import dev.latchkey.application.introspection.IntrospectToken;
import dev.latchkey.application.registration.RegisterClient;
import dev.latchkey.application.revocation.RevokeToken;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.application.session.SignIn;
import dev.latchkey.application.token.ExchangeAuthorizationCode;
import dev.latchkey.application.token.RefreshAccessToken;

/** The HTTP adapter's inputs: the use cases its endpoints call. */
@Module
public final class HttpModule {

    private HttpModule() {}

    @Provides
    static OAuthRoutes.UseCases oauthUseCases(RegisterClient registerClient, StartAuthorization startAuthorization,
            FindPendingAuthorization findPendingAuthorization, SignIn signIn, ResumeSession resumeSession,
            DescribeConsent describeConsent, DecideConsent decideConsent,
            ExchangeAuthorizationCode exchangeAuthorizationCode, RefreshAccessToken refreshAccessToken,
            IntrospectToken introspectToken, RevokeToken revokeToken) {
        return new OAuthRoutes.UseCases(registerClient, startAuthorization, findPendingAuthorization, signIn,
                resumeSession, describeConsent, decideConsent, exchangeAuthorizationCode, refreshAccessToken,
                introspectToken, revokeToken);
    }
}
