/**
 * Web-fetching adapter: Client ID Metadata Documents fetched over https with the JDK's HttpClient (no
 * redirects, special-use addresses refused, bounded size and time) and parsed tolerantly with Jackson.
 */
package dev.latchkey.adapters.web;
