package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.MembershipsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link MembershipsContract} against the in-memory fakes. */
final class InMemoryMembershipsTest extends MembershipsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
