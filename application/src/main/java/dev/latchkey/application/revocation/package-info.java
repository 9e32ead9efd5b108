/**
 * Token revocation (RFC 7009).
 * Revoking any token of a grant ends the whole grant.
 */
package dev.latchkey.application.revocation;
