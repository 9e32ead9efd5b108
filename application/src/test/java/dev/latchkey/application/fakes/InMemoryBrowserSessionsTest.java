package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.BrowserSessionsContract;
import dev.latchkey.application.contract.StorageUnderTest;

/** Runs the {@link BrowserSessionsContract} against the in-memory fakes. */
final class InMemoryBrowserSessionsTest extends BrowserSessionsContract {

    @Override
    protected StorageUnderTest newStorage() {
        return new InMemoryStorage();
    }
}
