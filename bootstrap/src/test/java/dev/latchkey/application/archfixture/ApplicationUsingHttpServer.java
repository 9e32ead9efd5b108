package dev.latchkey.application.archfixture;

import com.sun.net.httpserver.HttpExchange;

/** Deliberate violation: the application ring must not see HTTP. */
public final class ApplicationUsingHttpServer {

    public String path(HttpExchange exchange) {
        return exchange.getRequestURI().getPath();
    }
}
