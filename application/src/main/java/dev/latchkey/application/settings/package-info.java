/**
 * Server-wide settings the use cases read: issuer, lifetimes, grace windows.
 * Built by bootstrap from flags and environment; immutable.
 */
package dev.latchkey.application.settings;
