/**
 * Port contract tests: one abstract JUnit class per storage port, checking what the port's Javadoc promises.
 * Each adapter (the in-memory fakes, SQLite) runs them by subclassing and supplying a {@code StorageUnderTest}.
 */
package dev.latchkey.application.contract;
