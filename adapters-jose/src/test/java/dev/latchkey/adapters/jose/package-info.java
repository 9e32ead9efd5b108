/**
 * Tests of the JOSE and crypto adapter against real keys in temporary folders, RFC test vectors and
 * tokens forged with Nimbus to exercise every refusal.
 */
package dev.latchkey.adapters.jose;
