/**
 * OpenID Connect identity: the claims about a user that granted scopes release (OIDC Core §5.4), and
 * the claims of an ID token (OIDC Core §2).
 */
package dev.latchkey.domain.identity;
