package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.client.RegisterOrganizationClient.Kind;
import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientOwner;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Registering an OAuth client for an organization in Settings: owners and admins only (someone outside the
 * organization does not learn it exists); public (PKCE) or confidential with a secret returned once and
 * stored as a hash only (RFC 6749 §2.3.1); exact redirect URIs, each checked (RFC 6749 §3.1.2, RFC 8252);
 * client_credentials for confidential clients only (RFC 6749 §4.4); at least one known resource.
 */
final class RegisterOrganizationClientTest {

    private static final String CALLBACK = "https://app.example.com/callback";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final RegisterOrganizationClient register = new RegisterOrganizationClient(storage.clients(),
            storage.protectedResources(), storage.memberships(), random, clock);

    private final Organization acme = anOrganization().build();
    private final User admin = aUser().build();
    private final ProtectedResource notes = aProtectedResource().named("notes").behindGateway().build();
    private final ProtectedResource files = aProtectedResource().named("files").build();

    @BeforeEach
    void storeAnAdminOfAcmeAndTwoResources() {
        storage.organizations().add(acme);
        storage.users().add(admin);
        storage.memberships().put(aMembership().of(admin).in(acme).as(Role.ADMIN).build());
        storage.protectedResources().add(notes);
        storage.protectedResources().add(files);
    }

    /** The form, valid by default: a public client for user sign-in, allowed notes. */
    private final class Form {
        private User actor = admin;
        private String name = "Team dashboard";
        private Kind kind = Kind.PUBLIC;
        private List<String> redirectUris = List.of(CALLBACK);
        private Set<ResourceName> resources = Set.of(notes.name());
        private boolean userSignIn = true;
        private boolean serverToServer;

        Form by(User value) {
            actor = value;
            return this;
        }

        Form named(String value) {
            name = value;
            return this;
        }

        Form kind(Kind value) {
            kind = value;
            return this;
        }

        Form redirectUris(String... values) {
            redirectUris = List.of(values);
            return this;
        }

        Form resources(String... names) {
            resources = Arrays.stream(names).map(ResourceName::new).collect(Collectors.toSet());
            return this;
        }

        Form access(boolean signIn, boolean toServer) {
            userSignIn = signIn;
            serverToServer = toServer;
            return this;
        }

        RegisterOrganizationClient.Command command() {
            return new RegisterOrganizationClient.Command(actor.id(), acme.id(), name, kind, redirectUris, resources,
                    userSignIn, serverToServer);
        }
    }

    private Form aForm() {
        return new Form();
    }

    private RegisterOrganizationClient.Registered registered(Form form) {
        RegisterOrganizationClient.Result result = register.register(form.command());
        assertThat(result).isInstanceOf(RegisterOrganizationClient.Registered.class);
        return (RegisterOrganizationClient.Registered) result;
    }

    private String refused(Form form) {
        RegisterOrganizationClient.Result result = register.register(form.command());
        assertThat(result).isInstanceOf(RegisterOrganizationClient.Refused.class);
        assertThat(storage.clients().all()).as("nothing is stored when refused").isEmpty();
        return ((RegisterOrganizationClient.Refused) result).reason();
    }

    private User storedMember(Role role) {
        User member = aUser().build();
        storage.users().add(member);
        storage.memberships().put(aMembership().of(member).in(acme).as(role).build());
        return member;
    }

    // Who may register: owners and admins; a stranger sees "not found", a plain member "forbidden".

    @Test
    void registerWhenTheActorIsNotAMemberThenNotFoundAndNothingStored() {
        User stranger = aUser().build();
        storage.users().add(stranger);

        assertThat(register.register(aForm().by(stranger).command()))
                .isEqualTo(new RegisterOrganizationClient.NotFound());
        assertThat(storage.clients().all()).isEmpty();
    }

    @Test
    void registerWhenTheActorIsAPlainMemberThenForbiddenAndNothingStored() {
        assertThat(register.register(aForm().by(storedMember(Role.MEMBER)).command()))
                .isEqualTo(new RegisterOrganizationClient.Forbidden());
        assertThat(storage.clients().all()).isEmpty();
    }

    @Test
    void registerWhenTheActorIsAnOwnerThenRegistered() {
        registered(aForm().by(storedMember(Role.OWNER)));
    }

    // What is stored.

    @Test
    void registerWhenAPublicClientForUserSignInThenStoredForTheOrganizationWithoutASecret() {
        clock.advance(Duration.ofMinutes(3));

        RegisterOrganizationClient.Registered registered = registered(aForm().resources("notes", "files"));

        Client client = registered.client();
        assertThat(registered.secret()).isEmpty();
        assertThat(client.id()).isEqualTo(new ClientId(random.lastId()));
        assertThat(client.displayName()).isEqualTo("Team dashboard");
        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
        assertThat(client.secretHash()).isEmpty();
        assertThat(client.grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN);
        assertThat(client.redirectUris()).containsExactly(new RedirectUri(CALLBACK));
        assertThat(client.source()).isEqualTo(RegistrationSource.ADMIN);
        assertThat(client.registeredAt()).isEqualTo(clock.instant());
        assertThat(client.owner()).contains(new ClientOwner(acme.id(), Set.of(notes.name(), files.name())));
        assertThat(storage.clients().find(client.id())).contains(client);
        assertThat(storage.clients().ownedBy(acme.id())).containsExactly(client);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"CONFIDENTIAL_POST", "CONFIDENTIAL_BASIC"})
    void registerWhenConfidentialThenTheSecretIsReturnedOnceAndOnlyItsHashIsStored(Kind kind) {
        RegisterOrganizationClient.Registered registered = registered(aForm().kind(kind));

        ClientSecret secret = registered.secret().orElseThrow();
        Client stored = storage.clients().find(registered.client().id()).orElseThrow();
        assertThat(secret.value()).isEqualTo(random.lastSecret());
        assertThat(stored.authMethod()).isEqualTo(kind.method());
        assertThat(stored.secretHash()).contains(secret.hash());
        assertThat(stored.secretMatches(secret)).isTrue();
        assertThat(stored.toString()).doesNotContain(secret.value());
    }

    @Test
    void registerWhenConfidentialWithServerToServerAccessThenItMayUseClientCredentials() {
        Client client = registered(aForm().kind(Kind.CONFIDENTIAL_POST).access(true, true)).client();

        assertThat(client.grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS);
    }

    @Test
    void registerWhenServerToServerOnlyThenClientCredentialsOnlyAndNoRedirectUriIsNeeded() {
        Client client = registered(aForm().kind(Kind.CONFIDENTIAL_BASIC).access(false, true).redirectUris())
                .client();

        assertThat(client.grantTypes()).containsExactly(GrantType.CLIENT_CREDENTIALS);
        assertThat(client.redirectUris()).isEmpty();
    }

    @Test
    void registerWhenServerToServerIsAskedForAPublicClientThenRefused() {
        // RFC 6749 §4.4: "The client credentials grant type MUST only be used by confidential clients."
        assertThat(refused(aForm().kind(Kind.PUBLIC).access(true, true))).contains("confidential");
    }

    @Test
    void registerWhenNeitherUserSignInNorServerToServerThenRefused() {
        assertThat(refused(aForm().access(false, false))).contains("Choose how the client gets tokens");
    }

    @Test
    void registerWhenTheNameIsBlankOrTooLongThenRefused() {
        assertThat(refused(aForm().named("   "))).contains("name");
        assertThat(refused(aForm().named("x".repeat(101)))).contains("name");
    }

    @Test
    void registerWhenTheNameHasSurroundingSpacesThenTheyAreDropped() {
        assertThat(registered(aForm().named("  Team dashboard ")).client().displayName()).isEqualTo("Team dashboard");
    }

    // Redirect URIs: exact, each one checked like a dynamic registration's (RFC 6749 §3.1.2, RFC 8252).

    @Test
    void registerWhenSeveralRedirectUrisThenKeptInOrderWithBlanksAndRepeatsDropped() {
        Client client = registered(aForm().redirectUris(CALLBACK, "  ", "http://127.0.0.1/callback", CALLBACK,
                "myapp://oauth/callback")).client();

        assertThat(client.redirectUris()).extracting(RedirectUri::value)
                .containsExactly(CALLBACK, "http://127.0.0.1/callback", "myapp://oauth/callback");
    }

    @Test
    void registerWhenOneRedirectUriOfSeveralIsInvalidThenRefusedNamingIt() {
        String reason = refused(aForm().redirectUris(CALLBACK, "http://app.example.com/callback"));

        assertThat(reason).contains("http://app.example.com/callback").contains("loopback");
    }

    @Test
    void registerWhenARedirectUriHasAFragmentThenRefused() {
        assertThat(refused(aForm().redirectUris("https://app.example.com/callback#x"))).contains("fragment");
    }

    @Test
    void registerWhenUsersSignInAndNoRedirectUriIsGivenThenRefused() {
        assertThat(refused(aForm().redirectUris())).contains("redirect URI");
        assertThat(refused(aForm().redirectUris("", "  "))).contains("redirect URI");
    }

    @Test
    void registerWhenMoreThanTwentyRedirectUrisThenRefused() {
        String[] many = new String[21];
        for (int i = 0; i < many.length; i++) {
            many[i] = "https://app.example.com/callback/" + i;
        }

        assertThat(refused(aForm().redirectUris(many))).contains("at most 20");
    }

    // Resources: the client gets tokens for the ones it is allowed, so there must be one, and each must exist.

    @Test
    void registerWhenAnAllowedResourceIsUnknownThenRefusedNamingIt() {
        assertThat(refused(aForm().resources("notes", "wiki"))).contains("wiki");
    }

    @Test
    void registerWhenNoResourceIsAllowedThenRefused() {
        assertThat(refused(aForm().resources())).contains("at least one resource");
    }
}
