/**
 * OAuth error values: RFC 6749 §4.1.2.1 and §5.2, RFC 7591 §3.2.2, RFC 6750 §3.1, RFC 8707 §2.
 * Errors are values returned by use cases; only the HTTP adapter turns them into statuses and headers.
 */
package dev.latchkey.domain.error;
