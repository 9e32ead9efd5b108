package dev.latchkey.application.resource;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import org.junit.jupiter.api.Test;

/** Removing a protected resource ({@code resources remove NAME}). */
final class RemoveProtectedResourceTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final RemoveProtectedResource removeResource = new RemoveProtectedResource(storage.protectedResources(),
            storage.transactions());

    @Test
    void removeWhenPresentThenTrueAndOnlyThatResourceIsGone() {
        ProtectedResource notes = aProtectedResource().named("notes").behindGateway().build();
        ProtectedResource wiki = aProtectedResource().named("wiki").build();
        storage.protectedResources().add(notes);
        storage.protectedResources().add(wiki);

        assertThat(removeResource.remove(new RemoveProtectedResource.Command(notes.name()))).isTrue();

        assertThat(storage.protectedResources().all()).containsExactly(wiki);
    }

    @Test
    void removeWhenUnknownThenFalse() {
        assertThat(removeResource.remove(new RemoveProtectedResource.Command(new ResourceName("nothing")))).isFalse();
    }
}
