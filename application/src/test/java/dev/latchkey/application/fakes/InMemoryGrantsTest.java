package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.GrantsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link GrantsContract} against the in-memory fakes. */
final class InMemoryGrantsTest extends GrantsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
