/**
 * Managing organizations and memberships.
 * Membership is what makes a token usable: it is re-checked on refresh and introspection.
 */
package dev.latchkey.application.org;
