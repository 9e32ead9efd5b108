/**
 * Hand-written, thread-safe in-memory fakes of the storage ports, a movable clock and counting random
 * tokens, and a metadata document fetcher answering what the test sets, for use-case tests.
 * {@code InMemoryStorage} bundles one of each store with transactions that roll back.
 */
package dev.latchkey.application.fakes;
