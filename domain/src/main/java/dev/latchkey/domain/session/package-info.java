/**
 * Browser sessions of signed-in users and their CSRF tokens.
 * Session ids are secrets: only their hash is stored.
 */
package dev.latchkey.domain.session;
