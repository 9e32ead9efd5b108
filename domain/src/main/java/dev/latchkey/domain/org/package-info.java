/**
 * Organizations, roles and memberships: the context every token is issued in.
 * A user picks one of their organizations at consent; membership is re-checked on every use.
 */
package dev.latchkey.domain.org;
