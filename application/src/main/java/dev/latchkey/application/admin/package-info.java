/**
 * Administration from the web pages: members and roles of an organization (owners and admins only) and
 * the server's protected resources. Another organization's objects are answered as not found.
 */
package dev.latchkey.application.admin;
