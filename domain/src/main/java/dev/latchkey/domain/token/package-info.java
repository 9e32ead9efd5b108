/**
 * Access tokens (RFC 9068 JWT claims) and rotating refresh tokens (RFC 9700 §4.14).
 * Refresh token states and the rotation decision with its lost-response grace window.
 */
package dev.latchkey.domain.token;
