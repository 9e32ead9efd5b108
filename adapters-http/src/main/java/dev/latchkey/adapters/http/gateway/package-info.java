/**
 * The MCP gateway: Protected Resource Metadata (RFC 9728), bearer checks with RFC 6750 challenges,
 * Origin validation and a faithful Streamable HTTP proxy to each resource's upstream.
 */
package dev.latchkey.adapters.http.gateway;
