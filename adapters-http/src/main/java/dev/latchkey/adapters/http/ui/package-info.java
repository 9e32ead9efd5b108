/**
 * Server-rendered pages (jte templates, auto-escaped) and browser session cookies.
 * Every page carries a strict Content-Security-Policy without inline script.
 */
package dev.latchkey.adapters.http.ui;
