package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.OrganizationsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link OrganizationsContract} against the in-memory fakes. */
final class InMemoryOrganizationsTest extends OrganizationsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
