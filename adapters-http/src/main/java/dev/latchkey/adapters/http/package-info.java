/**
 * The HTTP adapter: Latchkey's endpoints and pages on {@code com.sun.net.httpserver}.
 * {@link dev.latchkey.adapters.http.LatchkeyHttpServer} is the one class bootstrap constructs.
 */
package dev.latchkey.adapters.http;
