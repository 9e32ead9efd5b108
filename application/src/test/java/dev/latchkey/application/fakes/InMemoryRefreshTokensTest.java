package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.RefreshTokensContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link RefreshTokensContract} against the in-memory fakes. */
final class InMemoryRefreshTokensTest extends RefreshTokensContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
