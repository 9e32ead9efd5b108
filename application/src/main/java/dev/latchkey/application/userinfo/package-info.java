/**
 * The OpenID Connect UserInfo endpoint (OIDC Core §5.3): the claims about the signed-in user that an
 * access token's scopes release, for a bearer token of this server with the {@code openid} scope.
 */
package dev.latchkey.application.userinfo;
