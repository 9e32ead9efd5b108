/**
 * The activity log of calls the gateway forwarded.
 * Who, where and what, never bodies or tokens.
 */
package dev.latchkey.application.activity;
