/**
 * Discovery documents: authorization server metadata (RFC 8414), JWKS (RFC 7517) and the health check.
 * Read-only, cacheable, open to browser-based clients through CORS.
 */
package dev.latchkey.adapters.http.metadata;
