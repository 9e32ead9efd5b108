package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.ProtectedResourcesContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link ProtectedResourcesContract} against the in-memory fakes. */
final class InMemoryProtectedResourcesTest extends ProtectedResourcesContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
