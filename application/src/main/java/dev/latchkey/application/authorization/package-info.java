/**
 * The front channel of the authorization-code flow: request validation, consent and code issuance.
 * RFC 6749 §4.1, RFC 7636 (PKCE S256), RFC 8707 (resource), RFC 9207 (iss).
 */
package dev.latchkey.application.authorization;
