package dev.latchkey.application.authorization;

import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPendingAuthorization;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.client.ClientTrust;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the consent page shows: the client, how far its name can be trusted, the resource and scopes of
 * the pending request, and only the organizations the signed-in user belongs to (each grant is for one of
 * their organizations); for a client registered in Settings for an organization, only that one.
 */
final class DescribeConsentTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final ServerSettings settings = ServerSettings.defaults(new Issuer("https://auth.example.com"));
    private final DescribeConsent describe = new DescribeConsent(storage.pendingAuthorizations(), storage.clients(),
            storage.protectedResources(), storage.memberships(), storage.organizations(), settings, clock);

    private final Client client = aPublicClient().build();
    private final ProtectedResource resource = aProtectedResource().at("https://mcp.example.com/mcp").build();
    private final AuthorizationRequest request = anAuthorizationRequest().from(client)
            .forResource("https://mcp.example.com/mcp").build();
    private final User user = aUser().build();
    private RequestHandle handle;

    @BeforeEach
    void storePendingRequest() {
        storage.clients().add(client);
        storage.protectedResources().add(resource);
        storage.users().add(user);
        var pending = aPendingAuthorization().of(request);
        storage.pendingAuthorizations().add(pending.build());
        handle = pending.handle();
    }

    private Organization storedOrganization(String name) {
        Organization organization = anOrganization().named(name).build();
        storage.organizations().add(organization);
        return organization;
    }

    private DescribeConsent.Result describe() {
        return describe.describe(new DescribeConsent.Command(handle, user.id()));
    }

    private OAuthError unavailable() {
        DescribeConsent.Result result = describe();
        assertThat(result).isInstanceOf(DescribeConsent.Unavailable.class);
        return ((DescribeConsent.Unavailable) result).error();
    }

    @Test
    void describeWhenUserBelongsToOrganizationsThenReadyWithOnlyTheirsAndTheirRoles() {
        Organization acme = storedOrganization("acme");
        Organization globex = storedOrganization("globex");
        Organization initech = storedOrganization("initech");
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.OWNER).build());
        storage.memberships().put(aMembership().of(user).in(initech).as(Role.MEMBER).since(clock.instant().plusSeconds(1))
                .build());
        User someoneElse = aUser().build();
        storage.users().add(someoneElse);
        storage.memberships().put(aMembership().of(someoneElse).in(globex).build());

        DescribeConsent.Result result = describe();

        assertThat(result).isInstanceOf(DescribeConsent.Ready.class);
        DescribeConsent.Ready ready = (DescribeConsent.Ready) result;
        assertThat(ready.client()).isEqualTo(client);
        assertThat(ready.trust()).isEqualTo(ClientTrust.UNVERIFIED);
        assertThat(ready.clientIdHost()).isEmpty();
        assertThat(ready.request()).isEqualTo(request);
        assertThat(ready.resource()).isEqualTo(resource);
        assertThat(ready.organizations()).containsExactly(
                new DescribeConsent.OrganizationChoice(acme, Role.OWNER),
                new DescribeConsent.OrganizationChoice(initech, Role.MEMBER));
    }

    @Test
    void describeWhenUserHasNoOrganizationThenUnavailableWithAccessDenied() {
        OAuthError error = unavailable();

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(error.description()).contains("orgs join");
    }

    @Test
    void describeWhenRequestExpiredThenUnavailableWithInvalidRequest() {
        storage.memberships().put(aMembership().of(user).in(storedOrganization("acme")).build());
        clock.advance(Duration.ofMinutes(15));

        assertThat(unavailable().code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void describeWhenRequestAlreadyDecidedThenUnavailableWithInvalidRequest() {
        storage.memberships().put(aMembership().of(user).in(storedOrganization("acme")).build());
        storage.pendingAuthorizations().remove(handle.hash());

        assertThat(unavailable().code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void describeWhenResourceWasRemovedThenUnavailableWithInvalidRequest() {
        InMemoryStorage withoutResource = new InMemoryStorage();
        withoutResource.clients().add(client);
        withoutResource.pendingAuthorizations().add(aPendingAuthorization().withHandle(handle).of(request).build());
        Organization acme = anOrganization().build();
        withoutResource.organizations().add(acme);
        withoutResource.memberships().put(aMembership().of(user).in(acme).build());
        DescribeConsent describeWithoutResource = new DescribeConsent(withoutResource.pendingAuthorizations(),
                withoutResource.clients(), withoutResource.protectedResources(), withoutResource.memberships(),
                withoutResource.organizations(), settings, clock);

        DescribeConsent.Result result = describeWithoutResource.describe(new DescribeConsent.Command(handle, user.id()));

        assertThat(result).isInstanceOfSatisfying(DescribeConsent.Unavailable.class,
                unavailable -> assertThat(unavailable.error().code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST));
    }

    @Test
    void describeWhenTheRequestIsForAGatewayResourceThenReadyWithThatResource() {
        storage.memberships().put(aMembership().of(user).in(storedOrganization("acme")).build());
        ProtectedResource notes = aProtectedResource().named("notes").behindGateway().build();
        storage.protectedResources().add(notes);
        AuthorizationRequest forNotes = anAuthorizationRequest().from(client)
                .forResource("https://auth.example.com/mcp/notes").build();
        var pending = aPendingAuthorization().of(forNotes);
        storage.pendingAuthorizations().add(pending.build());

        DescribeConsent.Result result = describe.describe(new DescribeConsent.Command(pending.handle(), user.id()));

        assertThat(result).isInstanceOfSatisfying(DescribeConsent.Ready.class,
                ready -> assertThat(ready.resource()).isEqualTo(notes));
    }

    @Test
    void describeWhenTheResourceMovedBehindTheGatewayThenUnavailableSinceItsUriChanged() {
        storage.memberships().put(aMembership().of(user).in(storedOrganization("acme")).build());
        storage.protectedResources().replace(aProtectedResource().named(resource.name().value()).behindGateway()
                .build());

        assertThat(unavailable().code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    // RFC 7591 §5: a self-registered client's name proves nothing; a metadata document from a known
    // vendor's host, or an administrator's registration, does.

    private DescribeConsent.Ready readyFor(Client other) {
        storage.clients().add(other);
        storage.memberships().put(aMembership().of(user).in(storedOrganization("acme")).build());
        var pending = aPendingAuthorization().of(anAuthorizationRequest().from(other)
                .forResource("https://mcp.example.com/mcp"));
        storage.pendingAuthorizations().add(pending.build());
        DescribeConsent.Result result = describe.describe(new DescribeConsent.Command(pending.handle(), user.id()));
        assertThat(result).isInstanceOf(DescribeConsent.Ready.class);
        return (DescribeConsent.Ready) result;
    }

    @Test
    void describeWhenTheClientIsAKnownVendorsMetadataDocumentThenKnownHostWithTheHost() {
        DescribeConsent.Ready ready = readyFor(aPublicClient().withId("https://claude.ai/oauth/mcp-oauth-client-metadata")
                .registeredBy(RegistrationSource.METADATA_DOCUMENT).build());

        assertThat(ready.trust()).isEqualTo(ClientTrust.KNOWN_HOST);
        assertThat(ready.clientIdHost()).isEqualTo(Optional.of("claude.ai"));
    }

    @Test
    void describeWhenTheClientIsAMetadataDocumentFromAnUnknownHostThenUnverifiedWithTheHost() {
        DescribeConsent.Ready ready = readyFor(aPublicClient().withId("https://tools.example.net/client.json")
                .registeredBy(RegistrationSource.METADATA_DOCUMENT).build());

        assertThat(ready.trust()).isEqualTo(ClientTrust.UNVERIFIED);
        assertThat(ready.clientIdHost()).contains("tools.example.net");
    }

    @Test
    void describeWhenAnAdministratorRegisteredTheClientThenPreRegisteredWithoutAHost() {
        DescribeConsent.Ready ready = readyFor(aPublicClient().registeredBy(RegistrationSource.ADMIN).build());

        assertThat(ready.trust()).isEqualTo(ClientTrust.PRE_REGISTERED);
        assertThat(ready.clientIdHost()).isEmpty();
    }

    // A client registered in Settings belongs to one organization: users authorize it there only.

    /** The pending request's client, replaced by one registered for {@code owner}. */
    private void theClientBelongsTo(Organization owner) {
        storage.clients().put(aPublicClient().withId(client.id().value()).ownedBy(owner, resource).build());
    }

    @Test
    void describeWhenTheClientBelongsToOneOfTheUsersOrganizationsThenOnlyThatOneIsOffered() {
        Organization acme = storedOrganization("acme");
        Organization globex = storedOrganization("globex");
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.ADMIN).build());
        storage.memberships().put(aMembership().of(user).in(globex).as(Role.OWNER).build());
        theClientBelongsTo(globex);

        DescribeConsent.Result result = describe();

        assertThat(result).isInstanceOfSatisfying(DescribeConsent.Ready.class, ready -> assertThat(
                ready.organizations()).containsExactly(new DescribeConsent.OrganizationChoice(globex, Role.OWNER)));
    }

    @Test
    void describeWhenTheClientBelongsToAnOrganizationTheUserIsNotInThenUnavailableWithAccessDenied() {
        storage.memberships().put(aMembership().of(user).in(storedOrganization("acme")).build());
        theClientBelongsTo(storedOrganization("globex"));

        OAuthError error = unavailable();

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(error.description()).contains("not a member").contains("administrator of that organization");
    }

    @Test
    void describeWhenTheClientBelongsToNoOrganizationThenEveryOrganizationOfTheUserIsOffered() {
        Organization acme = storedOrganization("acme");
        Organization globex = storedOrganization("globex");
        storage.memberships().put(aMembership().of(user).in(acme).build());
        storage.memberships().put(aMembership().of(user).in(globex).build());

        assertThat(describe()).isInstanceOfSatisfying(DescribeConsent.Ready.class,
                ready -> assertThat(ready.organizations()).hasSize(2));
    }
}
