/**
 * The gateway's decisions: is this call to {@code /mcp/NAME} allowed, and what does the resource's
 * protected resource metadata (RFC 9728) say. RFC 6750 §3 shapes the refusals.
 */
package dev.latchkey.application.gateway;
