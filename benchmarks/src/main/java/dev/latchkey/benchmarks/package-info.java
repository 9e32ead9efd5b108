/**
 * Benchmarks that drive the built latchkey.jar as a separate process over loopback HTTP. Not part of
 * latchkey.jar and never run by {@code mvn verify}: start them by hand (see {@link GatewayBenchmark}).
 */
package dev.latchkey.benchmarks;
