package dev.latchkey.adapters.http.ui;

import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.application.metadata.DescribeServer;
import dev.latchkey.domain.server.Issuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Adds the home page and the stylesheet. */
public final class UiRoutes {

    private UiRoutes() {}

    public static void register(Router router, Issuer issuer, DescribeServer describeServer, Pages pages,
            String firstUserCommand) {
        byte[] stylesheet = resource("latchkey.css");
        router.get("/assets/latchkey.css", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/css; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
            Responses.send(exchange, 200, stylesheet);
        });
        router.get("/", exchange -> Responses.html(exchange, 200, pages.home(new Views.HomePage(issuer.path(),
                issuer.value(), issuer.resolve("/.well-known/oauth-authorization-server"),
                describeServer.needsFirstUser(), firstUserCommand))));
    }

    private static byte[] resource(String name) {
        try (InputStream in = UiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
