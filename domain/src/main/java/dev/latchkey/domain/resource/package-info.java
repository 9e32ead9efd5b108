/**
 * Protected resources (RFC 8707, RFC 9728): the MCP servers tokens are issued for.
 * A resource is identified by its canonical URI, which becomes the access token's audience.
 */
package dev.latchkey.domain.resource;
