package dev.latchkey.application.resource;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.resource.ProtectedResource;
import org.junit.jupiter.api.Test;

/** Listing the protected resources by name ({@code resources list}). */
final class ListProtectedResourcesTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListProtectedResources listResources = new ListProtectedResources(storage.protectedResources());

    @Test
    void listWhenNoResourcesThenEmpty() {
        assertThat(listResources.list()).isEmpty();
    }

    @Test
    void listWhenResourcesExistThenEachByName() {
        ProtectedResource wiki = aProtectedResource().named("wiki").build();
        ProtectedResource files = aProtectedResource().named("files").build();
        storage.protectedResources().add(wiki);
        storage.protectedResources().add(files);

        assertThat(listResources.list()).containsExactly(files, wiki);
    }
}
