/**
 * What a signed-in person sees of their own account: the first-run set-up, their memberships and the
 * applications they connected (grants), which they can revoke.
 */
package dev.latchkey.application.account;
