package dev.latchkey.application.authorization;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.resource.ResourceCatalog;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.AuthorizationResponse;
import dev.latchkey.domain.authorization.CodeChallenge;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.validation.Parsed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates an authorization request (RFC 6749 §4.1.1) and, when it is acceptable, keeps it on the
 * server while the user signs in and decides.
 *
 * <p>The order of checks is the one RFC 6749 §4.1.2.1 prescribes: "If the request fails due to a
 * missing, invalid, or mismatching redirection URI, or if the client identifier is missing or
 * invalid, the authorization server SHOULD inform the resource owner of the error and MUST NOT
 * automatically redirect the user-agent to the invalid redirection URI." Only once client and
 * redirect URI are trusted are other errors sent back to the client, always with {@code iss}.
 */
public final class StartAuthorization {

    private final Clients clients;
    private final ResourceCatalog resources;
    private final PendingAuthorizations pending;
    private final RandomTokens random;
    private final ServerSettings settings;
    private final Clock clock;

    public StartAuthorization(Clients clients, ProtectedResources resources, PendingAuthorizations pending,
            RandomTokens random, ServerSettings settings, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.resources = new ResourceCatalog(resources, settings);
        this.pending = Objects.requireNonNull(pending, "pending");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The authorization request's parameters as sent; {@code repeated} names every parameter that
     * appeared more than once (RFC 6749 §3.1: "Request and response parameters MUST NOT be included
     * more than once"). {@code nonce} is OpenID Connect's (OIDC Core §3.1.2.1).
     */
    public record Command(
            Optional<String> clientId,
            Optional<String> redirectUri,
            Optional<String> responseType,
            Optional<String> scope,
            Optional<String> state,
            Optional<String> codeChallenge,
            Optional<String> codeChallengeMethod,
            Optional<String> resource,
            Set<String> repeated,
            Optional<String> nonce) {

        public Command {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(redirectUri, "redirectUri");
            Objects.requireNonNull(responseType, "responseType");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(codeChallenge, "codeChallenge");
            Objects.requireNonNull(codeChallengeMethod, "codeChallengeMethod");
            Objects.requireNonNull(resource, "resource");
            repeated = Set.copyOf(repeated);
            Objects.requireNonNull(nonce, "nonce");
        }

        /** A request without {@code nonce}. */
        public Command(Optional<String> clientId, Optional<String> redirectUri, Optional<String> responseType,
                Optional<String> scope, Optional<String> state, Optional<String> codeChallenge,
                Optional<String> codeChallengeMethod, Optional<String> resource, Set<String> repeated) {
            this(clientId, redirectUri, responseType, scope, state, codeChallenge, codeChallengeMethod, resource,
                    repeated, Optional.empty());
        }
    }

    /** The outcome of validating an authorization request. */
    public sealed interface Result permits Started, RedirectError, Refused {}

    /**
     * Valid: the user may now sign in and decide. {@code handle} identifies the pending request in the
     * sign-in and consent pages.
     */
    public record Started(RequestHandle handle, Client client, AuthorizationRequest request) implements Result {}

    /** Invalid, but client and redirect URI are trusted: send the error back to the client. */
    public record RedirectError(AuthorizationResponse response) implements Result {}

    /** Client or redirect URI cannot be trusted: show the error to the user, never redirect. */
    public record Refused(OAuthError error) implements Result {}

    public Result start(Command command) {
        Instant now = clock.instant();

        // 1. The client and where to answer it. Nothing is redirected until both are trusted.
        if (command.repeated().contains("client_id")) {
            return new Refused(OAuthError.invalidRequest("client_id was sent more than once; send it once."));
        }
        if (command.clientId().isEmpty() || command.clientId().get().isEmpty()) {
            return new Refused(OAuthError.invalidRequest("client_id is missing from the authorization request."
                    + " The application that sent you here must include it; ask its developer or reconnect it."));
        }
        Parsed<ClientId> clientId = Parsed.of(command.clientId().get(), ClientId::new);
        Clients.Lookup lookup = clientId instanceof Parsed.Valid<ClientId> valid
                ? clients.lookup(valid.value())
                : new Clients.NotFound();
        Client client;
        switch (lookup) {
            case Clients.NotFound notFound -> {
                return new Refused(new OAuthError(OAuthErrorCode.INVALID_CLIENT, "The application is not registered"
                        + " here (unknown client_id). Remove the connection in the application and add it again so"
                        + " that it registers with this server."));
            }
            case Clients.Unusable unusable -> {
                return new Refused(new OAuthError(OAuthErrorCode.INVALID_CLIENT, "The application identifies itself"
                        + " with a metadata document that cannot be used: " + unusable.reason()));
            }
            case Clients.Found found -> client = found.client();
        }

        if (command.repeated().contains("redirect_uri")) {
            return new Refused(OAuthError.invalidRequest("redirect_uri was sent more than once; send it once."));
        }
        RedirectUri redirectUri;
        boolean redirectUriGiven = command.redirectUri().isPresent();
        if (redirectUriGiven) {
            Parsed<RedirectUri> parsed = Parsed.of(command.redirectUri().get(), RedirectUri::new);
            if (!(parsed instanceof Parsed.Valid<RedirectUri> valid)) {
                return new Refused(OAuthError.invalidRequest("The redirect_uri is not valid: "
                        + ((Parsed.Invalid<RedirectUri>) parsed).reason()
                        + ". The application must send one of the redirect URIs it registered."));
            }
            if (client.redirectAllowing(valid.value()).isEmpty()) {
                return new Refused(OAuthError.invalidRequest("The redirect_uri " + valid.value()
                        + " is not registered for " + client.displayName() + ". Registered: "
                        + client.redirectUris().stream().map(RedirectUri::value).collect(Collectors.joining(", "))
                        + ". The application must register it, or use one of those."));
            }
            redirectUri = valid.value();
        } else if (client.redirectUris().size() == 1 && !client.redirectUris().get(0).isLoopback()) {
            redirectUri = client.redirectUris().get(0);
        } else {
            return new Refused(OAuthError.invalidRequest("redirect_uri is missing, and " + client.displayName()
                    + " registered several redirect URIs (or a loopback one), so the server cannot pick one."
                    + " The application must send redirect_uri."));
        }

        // 2. From here on, errors go back to the client with state and iss.
        Optional<String> state = command.repeated().contains("state") ? Optional.empty() : command.state();
        Set<String> repeated = command.repeated().stream().filter(name -> !name.equals("resource"))
                .collect(Collectors.toSet());
        if (!repeated.isEmpty()) {
            String names = repeated.stream().sorted().collect(Collectors.joining(", "));
            return redirectError(redirectUri, OAuthError.invalidRequest("Parameters sent more than once: " + names
                    + ". Send each parameter once (RFC 6749 section 3.1)."), state);
        }
        if (command.repeated().contains("resource")) {
            // RFC 8707 allows several resources; Latchkey binds each token to exactly one audience.
            return redirectError(redirectUri, OAuthError.invalidTarget("Several resource parameters were sent;"
                    + " each token here is for exactly one resource. Send one resource."), state);
        }
        if (command.responseType().isEmpty()) {
            return redirectError(redirectUri, OAuthError.invalidRequest("response_type is missing; send"
                    + " response_type=code."), state);
        }
        if (!command.responseType().get().equals("code")) {
            return redirectError(redirectUri, new OAuthError(OAuthErrorCode.UNSUPPORTED_RESPONSE_TYPE,
                    "response_type " + command.responseType().get() + " is not supported; use response_type=code"
                            + " (OAuth 2.1)."), state);
        }
        if (!client.mayUse(GrantType.AUTHORIZATION_CODE)) {
            return redirectError(redirectUri, OAuthError.unauthorizedClient("This client is not registered for"
                    + " the authorization_code grant."), state);
        }

        // PKCE (RFC 7636, OAuth 2.1 §4.1.1): required, S256 only.
        if (command.codeChallenge().isEmpty()) {
            return redirectError(redirectUri, OAuthError.invalidRequest("PKCE is required: send code_challenge"
                    + " with code_challenge_method=S256."), state);
        }
        String method = command.codeChallengeMethod().orElse("plain");
        if (!method.equals(CodeChallenge.METHOD_S256)) {
            return redirectError(redirectUri, OAuthError.invalidRequest("code_challenge_method " + method
                    + (command.codeChallengeMethod().isEmpty() ? " (the default when it is missing)" : "")
                    + " is not supported; use code_challenge_method=S256."), state);
        }
        Parsed<CodeChallenge> challenge = Parsed.of(command.codeChallenge().get(), CodeChallenge::new);
        if (!(challenge instanceof Parsed.Valid<CodeChallenge> validChallenge)) {
            return redirectError(redirectUri, OAuthError.invalidRequest(
                    ((Parsed.Invalid<CodeChallenge>) challenge).reason() + "."), state);
        }

        // Resource indicator (RFC 8707 §2).
        ResourceChoice choice = chooseResource(command.resource());
        if (choice instanceof ResourceChoice.Unavailable unavailable) {
            return redirectError(redirectUri, unavailable.error(), state);
        }
        ProtectedResource resource = ((ResourceChoice.Chosen) choice).resource();
        if (client.owner().map(owner -> !owner.allows(resource.name())).orElse(false)) {
            return redirectError(redirectUri, OAuthError.invalidTarget(client.displayName() + " is not allowed the"
                    + " resource " + resource.name() + ". An administrator of its organization can allow it in"
                    + " Settings > OAuth clients."), state);
        }

        // OpenID Connect nonce (OIDC Core §3.1.2.1), passed through unmodified to the ID token. An empty
        // value is the same as none: there is nothing to echo.
        Optional<String> nonce = command.nonce().filter(value -> !value.isEmpty());
        if (nonce.isPresent() && !(Parsed.of(nonce.get(), AuthorizationRequest::checkNonce).isValid())) {
            return redirectError(redirectUri, OAuthError.invalidRequest("The nonce is not valid: send at most "
                    + AuthorizationRequest.NONCE_MAX_LENGTH + " printable ASCII characters."), state);
        }

        // Scope (RFC 6749 §3.3): unknown scopes are dropped, never fatal. The OpenID Connect scopes are
        // about the user, not a resource, so they are known whatever the resource.
        ScopeSet requested = command.scope().map(ScopeSet::parseLenient).orElse(ScopeSet.empty());
        ScopeSet known = resource.scopes().union(ScopeSet.of(Scope.OFFLINE_ACCESS)).union(ScopeSet.openIdConnect());
        ScopeSet granted = requested.intersect(known);
        ScopeSet ignored = requested.minus(known);
        if (granted.intersect(resource.scopes()).isEmpty()) {
            granted = defaultScopes(resource).union(granted);
        }

        AuthorizationRequest request = new AuthorizationRequest(client.id(), redirectUri, redirectUriGiven,
                granted, ignored, state, validChallenge.value(), resources.uriOf(resource), nonce);
        RequestHandle handle = new RequestHandle(random.secret());
        pending.removeExpired(now);
        pending.add(new PendingAuthorization(handle.hash(), request, now, now.plus(settings.pendingRequestLifetime())));
        return new Started(handle, client, request);
    }

    /** {@code mcp:use} when the resource knows it, else every scope of the resource. */
    private static ScopeSet defaultScopes(ProtectedResource resource) {
        return resource.scopes().contains(Scope.MCP_USE) ? ScopeSet.of(Scope.MCP_USE) : resource.scopes();
    }

    private sealed interface ResourceChoice {
        record Chosen(ProtectedResource resource) implements ResourceChoice {}

        record Unavailable(OAuthError error) implements ResourceChoice {}
    }

    private ResourceChoice chooseResource(Optional<String> requested) {
        if (requested.isPresent()) {
            Parsed<ResourceUri> uri = Parsed.of(requested.get(), ResourceUri::parse);
            if (!(uri instanceof Parsed.Valid<ResourceUri> valid)) {
                return new ResourceChoice.Unavailable(OAuthError.invalidTarget("The resource parameter is not"
                        + " valid: " + ((Parsed.Invalid<ResourceUri>) uri).reason() + "."));
            }
            return resources.byUri(valid.value())
                    .<ResourceChoice>map(ResourceChoice.Chosen::new)
                    .orElseGet(() -> new ResourceChoice.Unavailable(OAuthError.invalidTarget("The resource "
                            + valid.value() + " is not protected by this server. Known resources: "
                            + knownResources() + ".")));
        }
        if (settings.defaultResource().isPresent()) {
            Optional<ProtectedResource> configured = resources.byUri(settings.defaultResource().get());
            if (configured.isPresent()) {
                return new ResourceChoice.Chosen(configured.get());
            }
        }
        List<ProtectedResource> all = resources.all();
        if (all.size() == 1) {
            return new ResourceChoice.Chosen(all.get(0));
        }
        if (all.isEmpty()) {
            return new ResourceChoice.Unavailable(OAuthError.invalidTarget("This server protects no resource yet,"
                    + " so there is nothing to authorize. An administrator must add one first: java -jar"
                    + " latchkey.jar resources add NAME --upstream URL"));
        }
        return new ResourceChoice.Unavailable(OAuthError.invalidTarget("The resource parameter is missing and"
                + " this server protects several resources: " + knownResources() + ". Send resource with the URL"
                + " of the MCP server you connect to (RFC 8707)."));
    }

    private String knownResources() {
        List<ProtectedResource> all = resources.all();
        return all.isEmpty() ? "none" : all.stream().map(resource -> resources.uriOf(resource).value())
                .collect(Collectors.joining(", "));
    }

    private Result redirectError(RedirectUri redirectUri, OAuthError error, Optional<String> state) {
        return new RedirectError(AuthorizationResponse.error(redirectUri, error, state, settings.issuer()));
    }
}
