package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whether a client_credentials token (RFC 6749 §4.4) may still be used: it has no grant to revoke, so it
 * holds only while its client exists, is a confidential client of the token's organization registered for
 * client_credentials, is the token's subject, and is still allowed the resource.
 */
final class ServiceClientsTest {

    private static final OrgId ACME = new OrgId("org-acme");
    private static final ResourceName NOTES = new ResourceName("notes");
    private static final ResourceName FILES = new ResourceName("files");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ServiceClients serviceClients = new ServiceClients(storage.clients());

    private final Client service = aConfidentialClient().ownedBy(ACME, NOTES)
            .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build();

    @BeforeEach
    void storeTheServiceClient() {
        storage.clients().add(service);
    }

    /** The claims of a client_credentials token of {@code service} in {@code organization}. */
    private AccessTokenClaims tokenOf(Client client, OrgId organization, UserId subject) {
        return new AccessTokenClaims(new Issuer("https://auth.example.com"), subject,
                new ResourceUri("https://auth.example.com/mcp/notes"), client.id(), ScopeSet.parse("mcp:use"),
                organization, Optional.empty(), Optional.empty(), "jti-1", T0, T0.plus(Duration.ofHours(1)));
    }

    private AccessTokenClaims tokenOfTheService() {
        return tokenOf(service, ACME, new UserId(service.id().value()));
    }

    @Test
    void liveWhenTheClientStandsAndIsAllowedTheResourceThenTheClient() {
        assertThat(serviceClients.live(tokenOfTheService(), NOTES)).contains(service);
    }

    @Test
    void liveWhenTheClientIsNotAllowedTheResourceThenEmpty() {
        assertThat(serviceClients.live(tokenOfTheService(), FILES)).isEmpty();
    }

    @Test
    void liveWhenTheClientWasRemovedThenEmpty() {
        storage.clients().remove(service.id());

        assertThat(serviceClients.live(tokenOfTheService(), NOTES)).isEmpty();
    }

    @Test
    void liveWhenTheResourceWasTakenOffTheClientsListThenEmpty() {
        storage.clients().put(aConfidentialClient().withId(service.id().value()).ownedBy(ACME, FILES)
                .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build());

        assertThat(serviceClients.live(tokenOfTheService(), NOTES)).isEmpty();
    }

    @Test
    void liveWhenServerToServerAccessWasTurnedOffThenEmpty() {
        storage.clients().put(aConfidentialClient().withId(service.id().value()).ownedBy(ACME, NOTES)
                .withGrantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN).build());

        assertThat(serviceClients.live(tokenOfTheService(), NOTES)).isEmpty();
    }

    @Test
    void liveWhenTheTokenNamesAnotherOrganizationThanTheClientsThenEmpty() {
        assertThat(serviceClients.live(tokenOf(service, new OrgId("org-globex"), new UserId(service.id().value())),
                NOTES)).isEmpty();
    }

    @Test
    void liveWhenTheSubjectIsNotTheClientThenEmpty() {
        assertThat(serviceClients.live(tokenOf(service, ACME, new UserId("user-1")), NOTES)).isEmpty();
    }

    @Test
    void liveWhenTheTokenActsForAUserThroughAGrantThenEmpty() {
        AccessTokenClaims userToken = new AccessTokenClaims(new Issuer("https://auth.example.com"),
                new UserId(service.id().value()), new ResourceUri("https://auth.example.com/mcp/notes"), service.id(),
                ScopeSet.parse("mcp:use"), ACME, Optional.of(Role.ADMIN), Optional.of(new GrantId("grant-1")), "jti-2",
                T0, T0.plus(Duration.ofHours(1)));

        assertThat(serviceClients.live(userToken, NOTES)).isEmpty();
    }
}
