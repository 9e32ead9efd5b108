/**
 * Security events worth a person's attention, such as refresh token reuse or code replay.
 * Recorded by use cases, stored by an adapter, never containing secrets.
 */
package dev.latchkey.domain.audit;
