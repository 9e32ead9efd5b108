package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.adapters.http.LatchkeyHttpServer;
import dev.latchkey.adapters.http.gateway.GatewayRoutes;
import dev.latchkey.adapters.http.oauth.OAuthRoutes;
import dev.latchkey.adapters.http.settings.SettingsRoutes;
import dev.latchkey.application.account.DescribeAccount;
import dev.latchkey.application.account.FirstRunSetup;
import dev.latchkey.application.account.ListConnectedApps;
import dev.latchkey.application.account.RevokeConnectedApp;
import dev.latchkey.application.account.UpdateProfile;
import dev.latchkey.application.admin.AddExistingMember;
import dev.latchkey.application.admin.AddResource;
import dev.latchkey.application.admin.ChangeMemberRole;
import dev.latchkey.application.admin.CreateMember;
import dev.latchkey.application.admin.ListMembers;
import dev.latchkey.application.admin.ListResources;
import dev.latchkey.application.admin.RemoveMemberFromOrganization;
import dev.latchkey.application.admin.RemoveResource;
import dev.latchkey.application.client.DeleteOrganizationClient;
import dev.latchkey.application.client.ListOrganizationClients;
import dev.latchkey.application.client.RegisterOrganizationClient;
import dev.latchkey.application.client.UpdateClientRedirectUris;
import dev.latchkey.application.session.SignOut;
import dev.latchkey.application.authorization.ApproveAutomatically;
import dev.latchkey.application.authorization.DecideConsent;
import dev.latchkey.application.authorization.DescribeConsent;
import dev.latchkey.application.authorization.FindPendingAuthorization;
import dev.latchkey.application.authorization.StartAuthorization;
import dev.latchkey.application.gateway.CheckGatewayCall;
import dev.latchkey.application.gateway.DescribeProtectedResource;
import dev.latchkey.application.gateway.RecordProxiedCall;
import dev.latchkey.application.introspection.IntrospectToken;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.SigningKeys;
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
import dev.latchkey.bootstrap.LatchkeyConfig;
import java.time.Clock;

/** The HTTP adapter's inputs: the use cases its endpoints call. */
@Module
public final class HttpModule {

    private HttpModule() {}

    @Provides
    static OAuthRoutes.UseCases oauthUseCases(RegisterClient registerClient, StartAuthorization startAuthorization,
            FindPendingAuthorization findPendingAuthorization, SignIn signIn, ResumeSession resumeSession,
            DescribeConsent describeConsent, DecideConsent decideConsent,
            ExchangeAuthorizationCode exchangeAuthorizationCode, RefreshAccessToken refreshAccessToken,
            IntrospectToken introspectToken, RevokeToken revokeToken, ThrottleRegistrations throttleRegistrations,
            ApproveAutomatically approveAutomatically, IssueClientCredentialsToken issueClientCredentialsToken,
            DescribeUserInfo describeUserInfo) {
        return new OAuthRoutes.UseCases(registerClient, startAuthorization, findPendingAuthorization, signIn,
                resumeSession, describeConsent, decideConsent, exchangeAuthorizationCode, refreshAccessToken,
                introspectToken, revokeToken, throttleRegistrations, approveAutomatically, issueClientCredentialsToken,
                describeUserInfo);
    }

    @Provides
    static GatewayRoutes.UseCases gatewayUseCases(CheckGatewayCall checkGatewayCall,
            DescribeProtectedResource describeProtectedResource, RecordProxiedCall recordProxiedCall) {
        return new GatewayRoutes.UseCases(checkGatewayCall, describeProtectedResource, recordProxiedCall);
    }

    @Provides
    static GatewayRoutes.Options gatewayOptions(LatchkeyConfig config) {
        GatewayRoutes.Options defaults = GatewayRoutes.Options.defaults();
        return new GatewayRoutes.Options(config.allowedOrigins(), defaults.connectTimeout(),
                config.upstreamTimeout());
    }

    @Provides
    static SettingsRoutes.UseCases settingsUseCases(FirstRunSetup firstRunSetup, SignIn signIn,
            ResumeSession resumeSession, SignOut signOut, DescribeAccount describeAccount,
            ListConnectedApps listConnectedApps, RevokeConnectedApp revokeConnectedApp, UpdateProfile updateProfile,
            ListMembers listMembers, AddExistingMember addExistingMember, CreateMember createMember,
            ChangeMemberRole changeMemberRole, RemoveMemberFromOrganization removeMemberFromOrganization,
            ListResources listResources, AddResource addResource, RemoveResource removeResource,
            RegisterOrganizationClient registerOrganizationClient, ListOrganizationClients listOrganizationClients,
            UpdateClientRedirectUris updateClientRedirectUris, DeleteOrganizationClient deleteOrganizationClient) {
        return new SettingsRoutes.UseCases(firstRunSetup, signIn, resumeSession, signOut, describeAccount,
                listConnectedApps, revokeConnectedApp, updateProfile, listMembers, addExistingMember, createMember,
                changeMemberRole, removeMemberFromOrganization, listResources, addResource, removeResource,
                registerOrganizationClient, listOrganizationClients, updateClientRedirectUris,
                deleteOrganizationClient);
    }

    @Provides
    static LatchkeyHttpServer.Parts httpParts(ServerSettings settings, OAuthRoutes.UseCases oauth,
            GatewayRoutes.UseCases gateway, GatewayRoutes.Options gatewayOptions, DescribeServer describeServer,
            SigningKeys signingKeys, RandomTokens random, Clock clock, SettingsRoutes.UseCases settingsApp) {
        return new LatchkeyHttpServer.Parts(settings, oauth, gateway, gatewayOptions, describeServer, signingKeys,
                random, clock, settingsApp);
    }
}
