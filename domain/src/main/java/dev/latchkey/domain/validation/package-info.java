/**
 * Parsing of untrusted text into domain values without exceptions escaping to callers.
 * A {@link dev.latchkey.domain.validation.Parsed} is either a valid value or a reason a person can act on.
 */
package dev.latchkey.domain.validation;
