/**
 * Bootstrap: the composition root. Reads configuration, builds the Dagger graph and runs the server or
 * a command; {@link dev.latchkey.bootstrap.Main} is the JAR's entry point.
 */
package dev.latchkey.bootstrap;
