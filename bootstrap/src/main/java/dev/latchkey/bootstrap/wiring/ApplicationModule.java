package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.application.account.DescribeAccount;
import dev.latchkey.application.account.FirstRunSetup;
import dev.latchkey.application.account.ListConnectedApps;
import dev.latchkey.application.account.RevokeConnectedApp;
import dev.latchkey.application.admin.AddExistingMember;
import dev.latchkey.application.admin.AddResource;
import dev.latchkey.application.admin.ChangeMemberRole;
import dev.latchkey.application.admin.CreateMember;
import dev.latchkey.application.admin.ListMembers;
import dev.latchkey.application.admin.ListResources;
import dev.latchkey.application.admin.RemoveMemberFromOrganization;
import dev.latchkey.application.admin.RemoveResource;
import dev.latchkey.application.session.SignOut;
import dev.latchkey.application.account.UpdateProfile;
import dev.latchkey.application.activity.ListActivity;
import dev.latchkey.application.authorization.ApproveAutomatically;
import dev.latchkey.application.authorization.DecideConsent;
import dev.latchkey.application.client.DeleteOrganizationClient;
import dev.latchkey.application.client.ListOrganizationClients;
import dev.latchkey.application.client.MetadataDocumentClients;
import dev.latchkey.application.client.RegisterOrganizationClient;
import dev.latchkey.application.client.UpdateClientRedirectUris;
import dev.latchkey.application.authorization.DescribeConsent;
import dev.latchkey.application.authorization.FindPendingAuthorization;
import dev.latchkey.application.authorization.StartAuthorization;
import dev.latchkey.application.gateway.CheckGatewayCall;
import dev.latchkey.application.gateway.DescribeProtectedResource;
import dev.latchkey.application.gateway.RecordProxiedCall;
import dev.latchkey.application.grant.ListGrants;
import dev.latchkey.application.grant.RevokeGrant;
import dev.latchkey.application.introspection.IntrospectToken;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.org.AddOrganization;
import dev.latchkey.application.org.JoinOrganization;
import dev.latchkey.application.org.ListOrganizations;
import dev.latchkey.application.org.RemoveMember;
import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.ActivityLog;
import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.application.port.ClientMetadataDocuments;
import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.IdTokenIssuer;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.SecurityEvents;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.registration.ForgetUnusedClients;
import dev.latchkey.application.registration.RegisterClient;
import dev.latchkey.application.registration.ThrottleRegistrations;
import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.resource.ListProtectedResources;
import dev.latchkey.application.resource.RemoveProtectedResource;
import dev.latchkey.application.revocation.RevokeToken;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.application.session.SignIn;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.application.token.ExchangeAuthorizationCode;
import dev.latchkey.application.token.IssueClientCredentialsToken;
import dev.latchkey.application.token.RefreshAccessToken;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.application.user.ListUsers;
import dev.latchkey.application.user.ResetPassword;
import dev.latchkey.application.user.SetUserDisabled;
import dev.latchkey.application.userinfo.DescribeUserInfo;
import dev.latchkey.bootstrap.LatchkeyConfig;
import java.time.Clock;
import javax.inject.Named;
import javax.inject.Singleton;

/** The application ring: settings and every use case built from the ports. */
@Module
public final class ApplicationModule {

    private ApplicationModule() {}

    @Provides
    @Singleton
    static ServerSettings settings(LatchkeyConfig config) {
        return ServerSettings.defaults(config.issuer())
                .withDefaultResource(config.defaultResource())
                .withAccessTokenLifetime(config.options().accessTokenLifetime())
                .withAutoApproveAs(config.options().autoApproveAs());
    }

    /**
     * The clients the use cases see: the stored ones, and those known by a Client ID Metadata Document,
     * fetched when used.
     */
    @Provides
    @Singleton
    static Clients clients(@Named("stored") Clients stored, ClientMetadataDocuments documents, Clock clock) {
        return new MetadataDocumentClients(stored, documents, clock);
    }

    @Provides
    @Singleton
    static ThrottleRegistrations throttleRegistrations(Clock clock) {
        return new ThrottleRegistrations(clock);
    }

    @Provides
    static ForgetUnusedClients forgetUnusedClients(Clients clients, Transactions transactions, Clock clock) {
        return new ForgetUnusedClients(clients, transactions, clock);
    }

    @Provides
    @Singleton
    static ApproveAutomatically approveAutomatically(Users users, Memberships memberships,
            DecideConsent decideConsent) {
        return new ApproveAutomatically(users, memberships, decideConsent);
    }

    @Provides
    @Singleton
    static RegisterClient registerClient(Clients clients, RandomTokens random, Clock clock) {
        return new RegisterClient(clients, random, clock);
    }

    @Provides
    @Singleton
    static StartAuthorization startAuthorization(Clients clients, ProtectedResources resources,
            PendingAuthorizations pending, RandomTokens random, ServerSettings settings, Clock clock) {
        return new StartAuthorization(clients, resources, pending, random, settings, clock);
    }

    @Provides
    @Singleton
    static FindPendingAuthorization findPendingAuthorization(PendingAuthorizations pending, Clients clients,
            Clock clock) {
        return new FindPendingAuthorization(pending, clients, clock);
    }

    @Provides
    @Singleton
    static SignIn signIn(Users users, PasswordHasher hasher, BrowserSessions sessions, RandomTokens random,
            ServerSettings settings, Clock clock) {
        return new SignIn(users, hasher, sessions, random, settings, clock);
    }

    @Provides
    @Singleton
    static ResumeSession resumeSession(BrowserSessions sessions, Users users, ServerSettings settings, Clock clock) {
        return new ResumeSession(sessions, users, settings, clock);
    }

    @Provides
    @Singleton
    static DescribeConsent describeConsent(PendingAuthorizations pending, Clients clients,
            ProtectedResources resources, Memberships memberships, Organizations organizations,
            ServerSettings settings, Clock clock) {
        return new DescribeConsent(pending, clients, resources, memberships, organizations, settings, clock);
    }

    @Provides
    @Singleton
    static DecideConsent decideConsent(PendingAuthorizations pending, AuthorizationCodes codes, Users users,
            Memberships memberships, Clients clients, Transactions transactions, RandomTokens random,
            ServerSettings settings, Clock clock) {
        return new DecideConsent(pending, codes, users, memberships, clients, transactions, random, settings, clock);
    }

    @Provides
    @Singleton
    static ExchangeAuthorizationCode exchangeAuthorizationCode(Clients clients, AuthorizationCodes codes,
            Grants grants, RefreshTokens refreshTokens, Users users, Memberships memberships,
            SecurityEvents securityEvents, Transactions transactions, AccessTokenIssuer accessTokens,
            IdTokenIssuer idTokens, RandomTokens random, ServerSettings settings, Clock clock) {
        return new ExchangeAuthorizationCode(clients, codes, grants, refreshTokens, users, memberships,
                securityEvents, transactions, accessTokens, idTokens, random, settings, clock);
    }

    @Provides
    @Singleton
    static DescribeUserInfo describeUserInfo(AccessTokenVerifier verifier, Grants grants, Users users, Clock clock) {
        return new DescribeUserInfo(verifier, grants, users, clock);
    }

    @Provides
    static UpdateProfile updateProfile(Users users, Transactions transactions) {
        return new UpdateProfile(users, transactions);
    }

    @Provides
    @Singleton
    static RefreshAccessToken refreshAccessToken(Clients clients, Grants grants, RefreshTokens refreshTokens,
            Users users, Memberships memberships, SecurityEvents securityEvents, Transactions transactions,
            AccessTokenIssuer accessTokens, RandomTokens random, ServerSettings settings, Clock clock) {
        return new RefreshAccessToken(clients, grants, refreshTokens, users, memberships, securityEvents,
                transactions, accessTokens, random, settings, clock);
    }

    @Provides
    @Singleton
    static IntrospectToken introspectToken(Clients clients, AccessTokenVerifier verifier,
            RefreshTokens refreshTokens, Grants grants, Users users, Memberships memberships,
            ProtectedResources resources, ServerSettings settings, Clock clock) {
        return new IntrospectToken(clients, verifier, refreshTokens, grants, users, memberships, resources, settings,
                clock);
    }

    @Provides
    @Singleton
    static IssueClientCredentialsToken issueClientCredentialsToken(Clients clients, ProtectedResources resources,
            AccessTokenIssuer accessTokens, RandomTokens random, ServerSettings settings, Clock clock) {
        return new IssueClientCredentialsToken(clients, resources, accessTokens, random, settings, clock);
    }

    @Provides
    static RegisterOrganizationClient registerOrganizationClient(Clients clients, ProtectedResources resources,
            Memberships memberships, RandomTokens random, Clock clock) {
        return new RegisterOrganizationClient(clients, resources, memberships, random, clock);
    }

    @Provides
    static ListOrganizationClients listOrganizationClients(Clients clients, Grants grants, Memberships memberships) {
        return new ListOrganizationClients(clients, grants, memberships);
    }

    @Provides
    static UpdateClientRedirectUris updateClientRedirectUris(Clients clients, Memberships memberships) {
        return new UpdateClientRedirectUris(clients, memberships);
    }

    @Provides
    static DeleteOrganizationClient deleteOrganizationClient(Clients clients, Memberships memberships,
            Transactions transactions) {
        return new DeleteOrganizationClient(clients, memberships, transactions);
    }

    @Provides
    @Singleton
    static RevokeToken revokeToken(Clients clients, AccessTokenVerifier verifier, RefreshTokens refreshTokens,
            Grants grants, Transactions transactions, Clock clock) {
        return new RevokeToken(clients, verifier, refreshTokens, grants, transactions, clock);
    }

    @Provides
    @Singleton
    static DescribeServer describeServer(ProtectedResources resources, Users users, ServerSettings settings) {
        return new DescribeServer(resources, users, settings);
    }

    @Provides
    static AddUser addUser(Users users, Organizations organizations, Memberships memberships,
            PasswordHasher hasher, Transactions transactions, RandomTokens random, Clock clock) {
        return new AddUser(users, organizations, memberships, hasher, transactions, random, clock);
    }

    @Provides
    static ListUsers listUsers(Users users, Memberships memberships, Organizations organizations) {
        return new ListUsers(users, memberships, organizations);
    }

    @Provides
    static AddOrganization addOrganization(Organizations organizations, Transactions transactions,
            RandomTokens random, Clock clock) {
        return new AddOrganization(organizations, transactions, random, clock);
    }

    @Provides
    static JoinOrganization joinOrganization(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions, Clock clock) {
        return new JoinOrganization(users, organizations, memberships, transactions, clock);
    }

    @Provides
    static ListOrganizations listOrganizations(Organizations organizations, Memberships memberships) {
        return new ListOrganizations(organizations, memberships);
    }

    @Provides
    static AddProtectedResource addProtectedResource(ProtectedResources resources, Transactions transactions,
            ServerSettings settings, Clock clock) {
        return new AddProtectedResource(resources, transactions, settings, clock);
    }

    @Provides
    static ListProtectedResources listProtectedResources(ProtectedResources resources, ServerSettings settings) {
        return new ListProtectedResources(resources, settings);
    }

    @Provides
    static RemoveProtectedResource removeProtectedResource(ProtectedResources resources, Transactions transactions) {
        return new RemoveProtectedResource(resources, transactions);
    }

    @Provides
    @Singleton
    static CheckGatewayCall checkGatewayCall(ProtectedResources resources, Grants grants, Clients clients,
            AccessTokenVerifier verifier, ServerSettings settings, Clock clock) {
        return new CheckGatewayCall(resources, grants, clients, verifier, settings, clock);
    }

    @Provides
    @Singleton
    static DescribeProtectedResource describeProtectedResource(ProtectedResources resources,
            ServerSettings settings) {
        return new DescribeProtectedResource(resources, settings);
    }

    @Provides
    @Singleton
    static RecordProxiedCall recordProxiedCall(ActivityLog activity) {
        return new RecordProxiedCall(activity);
    }

    @Provides
    static RemoveMember removeMember(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions) {
        return new RemoveMember(users, organizations, memberships, transactions);
    }

    @Provides
    static SetUserDisabled setUserDisabled(Users users, Transactions transactions) {
        return new SetUserDisabled(users, transactions);
    }

    @Provides
    static ResetPassword resetPassword(Users users, PasswordHasher hasher, Transactions transactions) {
        return new ResetPassword(users, hasher, transactions);
    }

    @Provides
    static ListGrants listGrants(Grants grants, Users users, Organizations organizations, Clients clients) {
        return new ListGrants(grants, users, organizations, clients);
    }

    @Provides
    static RevokeGrant revokeGrant(Grants grants, RefreshTokens refreshTokens, Transactions transactions,
            Clock clock) {
        return new RevokeGrant(grants, refreshTokens, transactions, clock);
    }

    @Provides
    static ListActivity listActivity(ActivityLog activity, Users users, Organizations organizations,
            Clients clients) {
        return new ListActivity(activity, users, organizations, clients);
    }

    // The settings web app's use cases.

    /** One per server: it holds the one-time set-up link that {@code serve} prints and the set-up page uses. */
    @Provides
    @Singleton
    static FirstRunSetup firstRunSetup(Users users, Transactions transactions, AddUser addUser, RandomTokens random,
            Clock clock) {
        return new FirstRunSetup(users, transactions, addUser, random, clock);
    }

    @Provides
    static SignOut signOut(BrowserSessions sessions) {
        return new SignOut(sessions);
    }

    @Provides
    static DescribeAccount describeAccount(Users users, Memberships memberships, Organizations organizations) {
        return new DescribeAccount(users, memberships, organizations);
    }

    @Provides
    static ListConnectedApps listConnectedApps(Grants grants, Clients clients, Organizations organizations,
            ProtectedResources resources, ServerSettings settings) {
        return new ListConnectedApps(grants, clients, organizations, resources, settings);
    }

    @Provides
    static RevokeConnectedApp revokeConnectedApp(Grants grants, RefreshTokens refreshTokens,
            Transactions transactions, Clock clock) {
        return new RevokeConnectedApp(grants, refreshTokens, transactions, clock);
    }

    @Provides
    static ListMembers listMembers(Users users, Organizations organizations, Memberships memberships) {
        return new ListMembers(users, organizations, memberships);
    }

    @Provides
    static AddExistingMember addExistingMember(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions, Clock clock) {
        return new AddExistingMember(users, organizations, memberships, transactions, clock);
    }

    @Provides
    static CreateMember createMember(Users users, Organizations organizations, Memberships memberships,
            PasswordHasher hasher, Transactions transactions, RandomTokens random, Clock clock) {
        return new CreateMember(users, organizations, memberships, hasher, transactions, random, clock);
    }

    @Provides
    static ChangeMemberRole changeMemberRole(Users users, Organizations organizations, Memberships memberships,
            Transactions transactions) {
        return new ChangeMemberRole(users, organizations, memberships, transactions);
    }

    @Provides
    static RemoveMemberFromOrganization removeMemberFromOrganization(Users users, Organizations organizations,
            Memberships memberships, Grants grants, RefreshTokens refreshTokens, Transactions transactions,
            Clock clock) {
        return new RemoveMemberFromOrganization(users, organizations, memberships, grants, refreshTokens,
                transactions, clock);
    }

    @Provides
    static ListResources listResources(Users users, Memberships memberships, ProtectedResources resources,
            ServerSettings settings) {
        return new ListResources(users, memberships, resources, settings);
    }

    @Provides
    static AddResource addResource(Users users, Memberships memberships, ProtectedResources resources,
            Transactions transactions, ServerSettings settings, Clock clock) {
        return new AddResource(users, memberships, resources, transactions, settings, clock);
    }

    @Provides
    static RemoveResource removeResource(Users users, Memberships memberships, ProtectedResources resources,
            Transactions transactions) {
        return new RemoveResource(users, memberships, resources, transactions);
    }
}
