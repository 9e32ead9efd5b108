package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.ClientsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link ClientsContract} against the in-memory fakes. */
final class InMemoryClientsTest extends ClientsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
