/**
 * HTTP plumbing on the JDK's HttpServer: routing, bounded body reading, parameter parsing, JSON and CORS.
 * Shared by every endpoint; knows nothing about OAuth rules.
 */
package dev.latchkey.adapters.http.support;
