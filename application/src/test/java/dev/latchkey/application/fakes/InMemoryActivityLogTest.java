package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.ActivityLogContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link ActivityLogContract} against the in-memory fakes. */
final class InMemoryActivityLogTest extends ActivityLogContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
