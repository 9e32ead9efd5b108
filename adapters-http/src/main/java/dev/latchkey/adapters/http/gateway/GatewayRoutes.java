package dev.latchkey.adapters.http.gateway;

import dev.latchkey.adapters.http.support.Cors;
import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.application.gateway.CheckGatewayCall;
import dev.latchkey.application.gateway.DescribeProtectedResource;
import dev.latchkey.application.gateway.RecordProxiedCall;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.server.Issuer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** Adds the gateway ({@code /mcp/NAME}) and its Protected Resource Metadata to the route table. */
public final class GatewayRoutes {

    private GatewayRoutes() {}

    /** The use cases behind the gateway. */
    public record UseCases(CheckGatewayCall checkGatewayCall, DescribeProtectedResource describeProtectedResource,
            RecordProxiedCall recordProxiedCall) {
        public UseCases {
            Objects.requireNonNull(checkGatewayCall, "checkGatewayCall");
            Objects.requireNonNull(describeProtectedResource, "describeProtectedResource");
            Objects.requireNonNull(recordProxiedCall, "recordProxiedCall");
        }
    }

    /**
     * How the gateway talks to browsers and upstreams.
     *
     * @param allowedOrigins  browser origins allowed besides the issuer's and loopback ones
     * @param connectTimeout  how long to wait for an upstream to accept a connection (then 502)
     * @param responseTimeout how long to wait for an upstream's response headers (then 504)
     */
    public record Options(Set<String> allowedOrigins, Duration connectTimeout, Duration responseTimeout) {
        public Options {
            allowedOrigins = Set.copyOf(allowedOrigins);
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(responseTimeout, "responseTimeout");
        }

        public static Options defaults() {
            return new Options(Set.of(), Duration.ofSeconds(5), Duration.ofSeconds(60));
        }
    }

    public static void register(Router router, Issuer issuer, UseCases useCases, Options options, Clock clock) {
        ProtectedResourceMetadataEndpoint metadata = new ProtectedResourceMetadataEndpoint(
                useCases.describeProtectedResource(), issuer);
        String wellKnown = ProtectedResourceMetadataEndpoint.WELL_KNOWN;
        router.get(wellKnown, metadata).allowCors(wellKnown);
        router.prefix(wellKnown + "/", exchange -> {
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                Cors.preflight(exchange, "GET, OPTIONS");
                return;
            }
            Cors.allowAnyOrigin(exchange);
            metadata.handle(exchange);
        });
        router.prefix(ProtectedResource.GATEWAY_PATH, new GatewayEndpoint(router, useCases.checkGatewayCall(),
                useCases.recordProxiedCall(), new OriginPolicy(issuer, options.allowedOrigins()),
                new UpstreamProxy(options.connectTimeout(), options.responseTimeout()), clock));
    }
}
