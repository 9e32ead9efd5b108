package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.scope.ScopeSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link Clients}: registered clients (RFC 7591 §2) keep every field, in order. */
public abstract class ClientsContract extends StorageContract {

    private Clients clients() {
        return storage().clients();
    }

    @Test
    public void findWhenEveryFieldIsSetThenReturnsTheClientUnchanged() {
        Client client = aConfidentialClient()
                .withProfile(new ClientProfile(Optional.of("Cursor"), Optional.of("https://cursor.example"),
                        Optional.of("https://cursor.example/logo.png"), Optional.of("https://cursor.example/tos"),
                        Optional.of("https://cursor.example/privacy"),
                        List.of("ops@cursor.example", "security@cursor.example"), Optional.of("cursor-mcp"),
                        Optional.of("1.2.3")))
                .withRedirect("https://cursor.example/callback", "cursor://anysphere.cursor-mcp/oauth/callback")
                .withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, new ClientSecret("a-client-secret-0123456789"))
                .withGrantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN, GrantType.CLIENT_CREDENTIALS)
                .withScope("mcp:use offline_access")
                .registeredBy(RegistrationSource.ADMIN)
                .registeredAt(T0.plusMillis(123))
                .build();

        clients().add(client);

        assertThat(clients().find(client.id())).contains(client);
    }

    @Test
    public void findWhenOptionalFieldsAreEmptyThenReturnsThemEmpty() {
        Client client = aPublicClient()
                .withProfile(new ClientProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), Optional.empty(), Optional.empty()))
                .withGrantTypes(GrantType.AUTHORIZATION_CODE)
                .build();

        clients().add(client);

        Optional<Client> found = clients().find(client.id());
        assertThat(found).contains(client);
        assertThat(found.orElseThrow().scope()).isEmpty();
        assertThat(found.orElseThrow().secretHash()).isEmpty();
        assertThat(found.orElseThrow().profile().contacts()).isEmpty();
    }

    @Test
    public void findWhenScopeIsPresentButEmptyThenReturnsItPresentAndEmpty() {
        Client client = aPublicClient().withScope("").build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().scope()).contains(ScopeSet.empty());
    }

    @Test
    public void findWhenProfileTextsAreEmptyStringsThenKeepsThemPresent() {
        Client client = aPublicClient()
                .withProfile(new ClientProfile(Optional.of(""), Optional.of(""), Optional.of(""), Optional.of(""),
                        Optional.of(""), List.of(""), Optional.of(""), Optional.of("")))
                .build();

        clients().add(client);

        assertThat(clients().find(client.id())).contains(client);
    }

    @Test
    public void findWhenContactsContainLineBreaksAndBackslashesThenReturnsThemUnchanged() {
        List<String> contacts = List.of("first line\nsecond line", "back\\slash", "", "ends with a backslash\\",
                "\\n is not a line break", "\r\n");
        Client client = aPublicClient()
                .withProfile(new ClientProfile(Optional.of("Odd"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), contacts, Optional.empty(), Optional.empty()))
                .build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().profile().contacts()).containsExactlyElementsOf(contacts);
    }

    @Test
    public void findWhenSeveralRedirectUrisThenKeepsTheirRegisteredOrder() {
        Client client = aPublicClient()
                .withRedirect("https://z.example/callback", "http://127.0.0.1/callback", "https://a.example/callback",
                        "myapp://callback")
                .build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().redirectUris()).containsExactly(
                new RedirectUri("https://z.example/callback"), new RedirectUri("http://127.0.0.1/callback"),
                new RedirectUri("https://a.example/callback"), new RedirectUri("myapp://callback"));
    }

    @Test
    public void findWhenScopeHasSeveralTokensThenKeepsTheirOrder() {
        Client client = aPublicClient().withScope("offline_access mcp:use files:read").build();

        clients().add(client);

        assertThat(clients().find(client.id()).orElseThrow().scope().map(ScopeSet::asString))
                .contains("offline_access mcp:use files:read");
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        clients().add(aPublicClient().build());

        assertThat(clients().find(new ClientId("no-such-client"))).isEmpty();
    }

    @Test
    public void addWhenIdIsTakenThenFailsAndKeepsTheFirstClient() {
        Client first = aPublicClient().withId("same-id").withRedirect("https://first.example/callback").build();
        Client second = aConfidentialClient().withId("same-id").withRedirect("https://second.example/cb").build();
        clients().add(first);

        assertThatThrownBy(() -> clients().add(second)).isInstanceOf(RuntimeException.class);

        assertThat(clients().find(first.id())).contains(first);
        assertThat(clients().all()).containsExactly(first);
    }

    @Test
    public void allWhenSeveralClientsThenOldestFirst() {
        Client newest = aPublicClient().registeredAt(T0.plus(Duration.ofDays(2))).build();
        Client oldest = aConfidentialClient().registeredAt(T0).build();
        Client middle = aPublicClient().registeredAt(T0.plus(Duration.ofDays(1))).build();
        clients().add(newest);
        clients().add(oldest);
        clients().add(middle);

        assertThat(clients().all()).containsExactly(oldest, middle, newest);
    }

    @Test
    public void allWhenRegisteredAtTheSameInstantThenInTheOrderAdded() {
        Client b = aPublicClient().withId("b-client").registeredAt(T0).build();
        Client a = aPublicClient().withId("a-client").registeredAt(T0).build();
        Client c = aPublicClient().withId("c-client").registeredAt(T0).build();
        clients().add(b);
        clients().add(a);
        clients().add(c);

        assertThat(clients().all()).containsExactly(b, a, c);
    }

    @Test
    public void allWhenNoClientThenEmpty() {
        assertThat(clients().all()).isEmpty();
    }
}
