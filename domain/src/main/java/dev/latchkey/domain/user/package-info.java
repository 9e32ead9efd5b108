/**
 * People who sign in to Latchkey: usernames, passwords and their Argon2id hashes, and an optional
 * email address and display name. A disabled user keeps their data but can neither sign in nor use tokens.
 */
package dev.latchkey.domain.user;
