package dev.latchkey.domain.audit;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One call the gateway forwarded: who, in which organization, through which client, to which
 * resource, what it asked (the JSON-RPC method and, for {@code tools/call}, the tool), and how it
 * ended. Never a body, a header value or a token.
 *
 * @param at         when the call arrived
 * @param userId     the user the token acts for
 * @param orgId      the organization of the grant
 * @param clientId   the client that sent it
 * @param resource   the gateway resource
 * @param httpMethod POST, GET or DELETE
 * @param rpcMethod  the JSON-RPC method (several joined by commas for a batch), if the body had one
 * @param toolName   the tool name of a {@code tools/call}
 * @param status     the HTTP status returned to the client
 * @param duration   until the response (or its stream) ended
 */
public record ProxiedCall(Instant at, UserId userId, OrgId orgId, ClientId clientId, ResourceName resource,
        String httpMethod, Optional<String> rpcMethod, Optional<String> toolName, int status, Duration duration) {

    public ProxiedCall {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(rpcMethod, "rpcMethod");
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(duration, "duration");
        rpcMethod = rpcMethod.map(method -> method.length() > 200 ? method.substring(0, 200) : method);
        toolName = toolName.map(name -> name.length() > 200 ? name.substring(0, 200) : name);
    }
}
