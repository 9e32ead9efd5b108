/**
 * Grants as an administrator sees them: listing and revoking.
 * Revoking ends the grant at once: refresh tokens, introspection and the gateway all refuse it.
 */
package dev.latchkey.application.grant;
