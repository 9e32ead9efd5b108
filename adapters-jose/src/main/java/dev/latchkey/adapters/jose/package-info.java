/**
 * JOSE and crypto adapter: signing keys (RFC 7517 JWK files), RFC 9068 JWT access tokens and OpenID Connect
 * ID tokens via nimbus-jose-jwt, Argon2id password hashing via BouncyCastle, and SecureRandom-backed secrets
 * and identifiers.
 */
package dev.latchkey.adapters.jose;
