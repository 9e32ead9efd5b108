package dev.latchkey.bootstrap.wiring;

import dev.latchkey.adapters.http.oauth.OAuthRoutes;
import dev.latchkey.adapters.sqlite.SqliteStorage;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.SigningKeys;
import dev.latchkey.application.settings.ServerSettings;

/**
 * What starting the HTTP server takes, resolved from the graph.
 *
 * @param settings       server settings
 * @param useCases       the OAuth use cases
 * @param describeServer metadata and first-run state
 * @param signingKeys    the published keys
 * @param random         randomness for CSRF tokens
 * @param storage        the database, closed on shutdown
 */
public record ServerParts(ServerSettings settings, OAuthRoutes.UseCases useCases, DescribeServer describeServer,
        SigningKeys signingKeys, RandomTokens random, SqliteStorage storage) {}
