/**
 * Tests of the web-fetching adapter against a real HTTPS server on 127.0.0.1 with a certificate made by
 * keytool for the test, plus table tests of the URL, address, JSON and caching rules.
 */
package dev.latchkey.adapters.web;
