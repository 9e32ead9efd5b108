/**
 * The authorization server's own identity: its issuer identifier (RFC 8414 §2, RFC 9207).
 * The issuer string is byte-stable: it is compared, not normalised, by clients.
 */
package dev.latchkey.domain.server;
