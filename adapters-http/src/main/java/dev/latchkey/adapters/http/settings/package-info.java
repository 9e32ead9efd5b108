/**
 * The settings web app: first-run set-up, sign-in and sign-out, connected apps, OAuth clients, members,
 * resources and account pages, server-rendered with jte. Every form carries the session's CSRF token.
 */
package dev.latchkey.adapters.http.settings;
