/**
 * Token introspection (RFC 7662) for confidential clients such as resource servers.
 * Revoked, expired and unknown tokens are simply inactive.
 */
package dev.latchkey.application.introspection;
