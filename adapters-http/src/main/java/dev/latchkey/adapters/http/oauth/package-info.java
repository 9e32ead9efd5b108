/**
 * The OAuth endpoints: registration, authorization (sign-in and consent), token, introspection, revocation,
 * and OpenID Connect's UserInfo.
 * Each handler parses the exchange into a Command, calls its use case and renders the result.
 */
package dev.latchkey.adapters.http.oauth;
