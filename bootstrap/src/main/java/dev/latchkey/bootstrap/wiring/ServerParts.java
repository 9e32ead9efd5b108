package dev.latchkey.bootstrap.wiring;

import dev.latchkey.adapters.http.LatchkeyHttpServer;
import dev.latchkey.adapters.sqlite.SqliteStorage;
import dev.latchkey.application.metadata.DescribeServer;

/**
 * What starting the HTTP server takes, resolved from the graph.
 *
 * @param http           everything the routes need
 * @param describeServer first-run state for the banner
 * @param storage        the database, closed on shutdown
 */
public record ServerParts(LatchkeyHttpServer.Parts http, DescribeServer describeServer, SqliteStorage storage) {}
