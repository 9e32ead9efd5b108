/**
 * Client authentication at the token, introspection and revocation endpoints (RFC 6749 §2.3).
 * Secrets are compared by hash in constant time; public clients identify themselves by client_id only.
 */
package dev.latchkey.application.clientauth;
