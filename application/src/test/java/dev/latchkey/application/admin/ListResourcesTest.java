package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.resource.ListProtectedResources;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listing the server's protected resources from the pages: for owners and admins of any organization
 * only; plain members, users in no organization and disabled users are not allowed.
 */
final class ListResourcesTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ResourceAdministratorsCast cast = new ResourceAdministratorsCast(storage);
    private final TwoOrganizations people = cast.organizations;
    private final ListResources listResources = new ListResources(storage.users(), storage.memberships(),
            storage.protectedResources(), ServerSettings.defaults(new Issuer("https://auth.example.com")));

    private final ProtectedResource demo = aProtectedResource().named("demo").behindGateway().build();
    private final ProtectedResource notes = aProtectedResource().named("notes").at("https://notes.example.com/mcp")
            .build();

    @BeforeEach
    void storeResources() {
        storage.protectedResources().add(notes);
        storage.protectedResources().add(demo);
    }

    private ListResources.Result list(User actor) {
        return listResources.list(new ListResources.Command(actor.id()));
    }

    @Test
    void listWhenOwnerOrAdminOfAnyOrganizationThenEveryResourceByNameWithItsUrl() {
        ListResources.Listed expected = new ListResources.Listed(List.of(
                new ListProtectedResources.Listed(demo, new ResourceUri("https://auth.example.com/mcp/demo")),
                new ListProtectedResources.Listed(notes, new ResourceUri("https://notes.example.com/mcp"))));

        assertThat(list(people.olivia)).isEqualTo(expected);
        assertThat(list(people.adam)).isEqualTo(expected);
        assertThat(list(people.gus)).isEqualTo(expected);
    }

    @Test
    void listWhenPlainMemberThenForbidden() {
        assertThat(list(people.mia))
                .isEqualTo(new ListResources.Forbidden(ResourceAdministrators.NOT_ALLOWED));
    }

    @Test
    void listWhenInNoOrganizationOrDisabledThenForbidden() {
        assertThat(list(people.stan)).isInstanceOf(ListResources.Forbidden.class);
        assertThat(list(cast.disabledOwner)).isInstanceOf(ListResources.Forbidden.class);
    }
}
