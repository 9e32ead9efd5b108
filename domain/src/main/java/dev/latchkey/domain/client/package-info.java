/**
 * OAuth clients (RFC 6749 §2, RFC 7591): identifiers, secrets, redirect URIs and registered metadata.
 * Redirect URI rules follow OAuth 2.1 and RFC 8252 (native apps, loopback ports).
 */
package dev.latchkey.domain.client;
