package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.SecurityEventsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link SecurityEventsContract} against the in-memory fakes. */
final class InMemorySecurityEventsTest extends SecurityEventsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
