package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.UsersContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link UsersContract} against the in-memory fakes. */
final class InMemoryUsersTest extends UsersContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
