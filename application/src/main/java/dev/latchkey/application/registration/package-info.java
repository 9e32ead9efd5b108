/**
 * Dynamic client registration (RFC 7591).
 * Open registration of public and confidential clients with strict redirect URI rules.
 */
package dev.latchkey.application.registration;
