package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.PendingAuthorizationsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link PendingAuthorizationsContract} against the in-memory fakes. */
final class InMemoryPendingAuthorizationsTest extends PendingAuthorizationsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
