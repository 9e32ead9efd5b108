/**
 * The built-in demo MCP server: Streamable HTTP on the JDK's HttpServer, six small tools and an in-memory notebook.
 * It knows nothing about OAuth; Latchkey's gateway authenticates callers and forwards to it.
 */
package dev.latchkey.demo;
