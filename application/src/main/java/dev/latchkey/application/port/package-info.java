/**
 * Outbound ports: the roles the use cases need filled (stores, signers, hashers, clock-free randomness).
 * Adapters implement them; no JDBC, HTTP, JSON or JOSE type appears in any signature here.
 */
package dev.latchkey.application.port;
