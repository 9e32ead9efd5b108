package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.TransactionsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link TransactionsContract} against the in-memory fakes. */
final class InMemoryTransactionsTest extends TransactionsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
