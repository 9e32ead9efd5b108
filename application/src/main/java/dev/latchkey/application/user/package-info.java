/**
 * Managing users from the command line: adding and listing.
 * Passwords are hashed with Argon2id by the PasswordHasher port.
 */
package dev.latchkey.application.user;
