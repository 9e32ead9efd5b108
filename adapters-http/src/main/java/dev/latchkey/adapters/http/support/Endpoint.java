package dev.latchkey.adapters.http.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Handles one method on one path. The router closes the exchange and catches what escapes. */
@FunctionalInterface
public interface Endpoint {

    void handle(HttpExchange exchange) throws IOException;
}
