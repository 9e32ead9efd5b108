package dev.latchkey.adapters.http.settings;

import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.adapters.http.ui.BrowserCookies;
import dev.latchkey.adapters.http.ui.Pages;
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
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.session.ResumeSession;
import dev.latchkey.application.session.SignIn;
import dev.latchkey.application.session.SignOut;
import dev.latchkey.application.settings.ServerSettings;
import java.util.Map;
import java.util.Objects;

/**
 * Adds the settings web app to the route table: the paths and accessible names are fixed by
 * {@code docs/web-app-contract.md}.
 *
 * <pre>
 * GET  /setup?token=   POST /setup                first-run set-up (one-time link printed by serve)
 * GET  /sign-in?next=  POST /sign-in  POST /sign-out
 * GET  /settings/switch?organization=&amp;section=   the navigation's organization switcher
 * GET  /settings/apps                POST /settings/apps/revoke
 * GET  /settings/resources           POST /settings/resources/add, /settings/resources/remove
 * GET  /settings/account             POST /settings/account/profile
 * /settings/orgs/{org}/...           OAuth clients and members ({@link OrganizationPages})
 * </pre>
 */
public final class SettingsRoutes {

    private SettingsRoutes() {}

    /** The use cases behind the settings pages. */
    public record UseCases(
            FirstRunSetup firstRunSetup,
            SignIn signIn,
            ResumeSession resumeSession,
            SignOut signOut,
            DescribeAccount describeAccount,
            ListConnectedApps listConnectedApps,
            RevokeConnectedApp revokeConnectedApp,
            UpdateProfile updateProfile,
            ListMembers listMembers,
            AddExistingMember addExistingMember,
            CreateMember createMember,
            ChangeMemberRole changeMemberRole,
            RemoveMemberFromOrganization removeMemberFromOrganization,
            ListResources listResources,
            AddResource addResource,
            RemoveResource removeResource,
            RegisterOrganizationClient registerOrganizationClient,
            ListOrganizationClients listOrganizationClients,
            UpdateClientRedirectUris updateClientRedirectUris,
            DeleteOrganizationClient deleteOrganizationClient) {

        public UseCases {
            Objects.requireNonNull(firstRunSetup, "firstRunSetup");
            Objects.requireNonNull(signIn, "signIn");
            Objects.requireNonNull(resumeSession, "resumeSession");
            Objects.requireNonNull(signOut, "signOut");
            Objects.requireNonNull(describeAccount, "describeAccount");
            Objects.requireNonNull(listConnectedApps, "listConnectedApps");
            Objects.requireNonNull(revokeConnectedApp, "revokeConnectedApp");
            Objects.requireNonNull(updateProfile, "updateProfile");
            Objects.requireNonNull(listMembers, "listMembers");
            Objects.requireNonNull(addExistingMember, "addExistingMember");
            Objects.requireNonNull(createMember, "createMember");
            Objects.requireNonNull(changeMemberRole, "changeMemberRole");
            Objects.requireNonNull(removeMemberFromOrganization, "removeMemberFromOrganization");
            Objects.requireNonNull(listResources, "listResources");
            Objects.requireNonNull(addResource, "addResource");
            Objects.requireNonNull(removeResource, "removeResource");
            Objects.requireNonNull(registerOrganizationClient, "registerOrganizationClient");
            Objects.requireNonNull(listOrganizationClients, "listOrganizationClients");
            Objects.requireNonNull(updateClientRedirectUris, "updateClientRedirectUris");
            Objects.requireNonNull(deleteOrganizationClient, "deleteOrganizationClient");
        }
    }

    /**
     * Registers the pages.
     *
     * @param firstUserCommand the command line that creates the first user, offered when a set-up link
     *                         does not work
     */
    public static void register(Router router, UseCases useCases, ServerSettings settings, Pages pages,
            BrowserCookies cookies, RandomTokens random, DescribeServer describeServer, String firstUserCommand) {
        SettingsPages settingsPages = new SettingsPages(settings.issuer().path(), pages);
        SettingsChannel channel = new SettingsChannel(settings.issuer(), settingsPages, cookies,
                useCases.resumeSession(), useCases.describeAccount());

        router.get("/setup", new SetupPageEndpoint(useCases.firstRunSetup(), describeServer, settingsPages, cookies,
                random, firstUserCommand));
        router.post("/setup", new SetupEndpoint(useCases.firstRunSetup(), describeServer, useCases.signIn(),
                settingsPages, cookies, random, settings));
        router.get("/sign-in", new SignInPageEndpoint(channel, random));
        router.post("/sign-in", new SignInEndpoint(useCases.signIn(), channel, random, settings));
        router.post("/sign-out", new SignOutEndpoint(useCases.signOut(), channel));

        router.get("/settings", exchange -> Responses.redirect(exchange, 303, channel.basePath
                + ConnectedAppsPageEndpoint.PATH));
        router.get("/settings/switch", new SwitchOrganizationEndpoint(channel));
        router.get(ConnectedAppsPageEndpoint.PATH, new ConnectedAppsPageEndpoint(useCases.listConnectedApps(), channel));
        router.post("/settings/apps/revoke", new RevokeAppEndpoint(useCases.revokeConnectedApp(), channel));

        ResourcesPageEndpoint resources = new ResourcesPageEndpoint(useCases.listResources(), channel);
        router.get(ResourcesPageEndpoint.PATH, resources);
        router.post("/settings/resources/add", new AddResourceEndpoint(useCases.addResource(), channel, resources));
        router.post("/settings/resources/remove", new RemoveResourceEndpoint(useCases.removeResource(), channel));

        AccountPageEndpoint account = new AccountPageEndpoint(channel);
        router.get(AccountPageEndpoint.PATH, account);
        router.post("/settings/account/profile", new UpdateProfileEndpoint(useCases.updateProfile(), channel, account));

        NewClientPageEndpoint newClient = new NewClientPageEndpoint(useCases.listResources(), channel);
        ClientPageEndpoint client = new ClientPageEndpoint(useCases.listOrganizationClients(), channel);
        MembersPageEndpoint members = new MembersPageEndpoint(useCases.listMembers(), channel);
        router.prefix(OrganizationPath.PREFIX, new OrganizationPages(router, channel,
                new OrganizationPages.Page(Map.of(
                        "GET", new ClientsPageEndpoint(useCases.listOrganizationClients(), channel),
                        "POST", new RegisterClientEndpoint(useCases.registerOrganizationClient(), channel, newClient))),
                new OrganizationPages.Page(Map.of("GET", newClient)),
                new OrganizationPages.Page(Map.of("GET", client)),
                new OrganizationPages.Page(Map.of("POST", new UpdateRedirectUrisEndpoint(
                        useCases.updateClientRedirectUris(), channel, client))),
                new OrganizationPages.Page(Map.of("POST", new DeleteClientEndpoint(
                        useCases.deleteOrganizationClient(), channel))),
                new OrganizationPages.Page(Map.of("GET", members)),
                Map.of(
                        "add", new OrganizationPages.Page(Map.of("POST", new AddMemberEndpoint(
                                useCases.addExistingMember(), channel, members))),
                        "create", new OrganizationPages.Page(Map.of("POST", new CreateMemberEndpoint(
                                useCases.createMember(), channel, members))),
                        "role", new OrganizationPages.Page(Map.of("POST", new ChangeRoleEndpoint(
                                useCases.changeMemberRole(), channel, members))),
                        "remove", new OrganizationPages.Page(Map.of("POST", new RemoveMemberEndpoint(
                                useCases.removeMemberFromOrganization(), channel, members))))));
        // Registered after the organizations' prefix, which it also matches: the router tries prefixes in order.
        router.prefix("/settings/", new UnknownSettingsPageEndpoint(router, channel));
    }
}
