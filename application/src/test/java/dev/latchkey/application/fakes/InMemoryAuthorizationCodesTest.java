package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.AuthorizationCodesContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link AuthorizationCodesContract} against the in-memory fakes. */
final class InMemoryAuthorizationCodesTest extends AuthorizationCodesContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
