/**
 * The authorization-code flow: PKCE (RFC 7636), pending requests, issued codes and grants.
 * A code is Unredeemed or Redeemed; a grant is what the user consented to and what revocation ends.
 */
package dev.latchkey.domain.authorization;
