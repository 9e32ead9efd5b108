package dev.latchkey.bootstrap.wiring;

import dev.latchkey.adapters.http.LatchkeyHttpServer;
import dev.latchkey.adapters.sqlite.SqliteStorage;
import dev.latchkey.application.account.FirstRunSetup;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.registration.ForgetUnusedClients;

/**
 * What starting the HTTP server takes, resolved from the graph.
 *
 * @param http           everything the routes need
 * @param describeServer first-run state for the banner
 * @param storage        the database, closed on shutdown
 * @param housekeeping   removes clients registered but never used, run hourly
 * @param firstRunSetup  the one-time set-up link while no user exists (the same instance the set-up page uses)
 */
public record ServerParts(LatchkeyHttpServer.Parts http, DescribeServer describeServer, SqliteStorage storage,
        ForgetUnusedClients housekeeping, FirstRunSetup firstRunSetup) {}
