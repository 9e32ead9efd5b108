/**
 * High-entropy secrets (codes, refresh tokens, client secrets, session ids) and their SHA-256 hashes.
 * Secrets redact themselves in toString() and are only ever compared in constant time.
 */
package dev.latchkey.domain.secret;
