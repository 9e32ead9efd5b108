/**
 * The token endpoint's grants: authorization_code and refresh_token (rotation with reuse detection).
 * Access tokens are RFC 9068 JWTs bound to one resource; refresh tokens are opaque and stored hashed.
 */
package dev.latchkey.application.token;
