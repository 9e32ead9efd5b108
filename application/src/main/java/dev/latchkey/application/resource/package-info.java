/**
 * Managing protected resources (RFC 8707): the MCP servers tokens may be issued for.
 * A resource's canonical URI is its tokens' audience.
 */
package dev.latchkey.application.resource;
