/**
 * The command line (picocli): serve, users, orgs and resources.
 * Each command builds the graph for its data folder, calls one use case and prints the outcome.
 */
package dev.latchkey.bootstrap.cli;
