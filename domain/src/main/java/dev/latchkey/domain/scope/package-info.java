/**
 * Access token scopes (RFC 6749 §3.3): single scope tokens and the sets they form.
 * Latchkey's well-known scopes (mcp:use, offline_access) live here.
 */
package dev.latchkey.domain.scope;
