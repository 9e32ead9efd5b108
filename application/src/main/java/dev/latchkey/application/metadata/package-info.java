/**
 * What the authorization server says about itself (RFC 8414).
 * The HTTP adapter turns this into the metadata documents.
 */
package dev.latchkey.application.metadata;
