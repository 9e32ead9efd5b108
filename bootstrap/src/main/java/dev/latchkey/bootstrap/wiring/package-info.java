/**
 * The Dagger graph: one module per Maven module, each filling ports with its adapters.
 * Only this package knows Dagger.
 */
package dev.latchkey.bootstrap.wiring;
