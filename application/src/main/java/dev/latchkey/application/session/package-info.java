/**
 * Signing in and browser sessions.
 * Passwords are verified with the PasswordHasher; sessions are stored by hash with a CSRF token.
 */
package dev.latchkey.application.session;
