/**
 * People who sign in to Latchkey: usernames, passwords and their Argon2id hashes.
 * A disabled user keeps their data but can neither sign in nor use tokens.
 */
package dev.latchkey.domain.user;
