package dev.latchkey.application.client;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientOwner;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.UserId;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Registers an OAuth client for an organization from Settings (seed "Registering a Client"): a public
 * client (PKCE only) or a confidential one authenticating with {@code client_secret_post} (recommended)
 * or {@code client_secret_basic}, with exact-match redirect URIs and the resources it may be used for.
 * A confidential client may also get server-to-server access ({@code client_credentials}). The secret is
 * returned this once; only its hash is kept. Owners and admins of the organization may do this.
 */
public final class RegisterOrganizationClient {

    private final Clients clients;
    private final ProtectedResources resources;
    private final OrganizationRoles roles;
    private final RandomTokens random;
    private final Clock clock;

    public RegisterOrganizationClient(Clients clients, ProtectedResources resources, Memberships memberships,
            RandomTokens random, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.roles = new OrganizationRoles(memberships);
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The kinds of client offered in Settings. */
    public enum Kind {
        /** PKCE only, no secret: desktop apps, single-page apps, MCP clients. */
        PUBLIC(TokenEndpointAuthMethod.NONE),
        /** A secret sent in the form body (recommended for confidential clients). */
        CONFIDENTIAL_POST(TokenEndpointAuthMethod.CLIENT_SECRET_POST),
        /** A secret sent with HTTP Basic. */
        CONFIDENTIAL_BASIC(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);

        private final TokenEndpointAuthMethod method;

        Kind(TokenEndpointAuthMethod method) {
            this.method = method;
        }

        public TokenEndpointAuthMethod method() {
            return method;
        }
    }

    /**
     * The registration form.
     *
     * @param actor            who registers it
     * @param organization     the organization it belongs to
     * @param name             shown on consent pages and in Settings
     * @param kind             public or confidential (and how it sends its secret)
     * @param redirectUris     exact-match callback URLs, needed when users sign in through it
     * @param allowedResources the resources it may be used for
     * @param userSignIn       users authorize it (authorization code with refresh tokens)
     * @param serverToServer   it may get tokens for itself (client_credentials), confidential only
     */
    public record Command(UserId actor, OrgId organization, String name, Kind kind, List<String> redirectUris,
            Set<ResourceName> allowedResources, boolean userSignIn, boolean serverToServer) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            redirectUris = List.copyOf(redirectUris);
            allowedResources = Set.copyOf(allowedResources);
        }
    }

    /** The outcome. */
    public sealed interface Result permits Registered, Refused, NotFound, Forbidden {}

    /** Registered; {@code secret} is present for a confidential client and shown this once only. */
    public record Registered(Client client, Optional<ClientSecret> secret) implements Result {}

    /** The form has a problem; {@code reason} says how to fix it. */
    public record Refused(String reason) implements Result {}

    /** The actor is not a member of the organization. */
    public record NotFound() implements Result {}

    /** The actor is a member but neither owner nor admin. */
    public record Forbidden() implements Result {}

    public Result register(Command command) {
        switch (roles.of(command.actor(), command.organization())) {
            case NOT_A_MEMBER -> {
                return new NotFound();
            }
            case MEMBER_ONLY -> {
                return new Forbidden();
            }
            case ADMINISTRATOR -> {
                // allowed
            }
        }
        String name = command.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            return new Refused("Give the client a name of 1 to 100 characters; people see it on the consent page.");
        }
        if (!command.userSignIn() && !command.serverToServer()) {
            return new Refused("Choose how the client gets tokens: users sign in through it, server to server, or"
                    + " both.");
        }
        if (command.serverToServer() && command.kind() == Kind.PUBLIC) {
            return new Refused("Server-to-server access (client_credentials) needs a confidential client: a public"
                    + " client has no secret to prove who it is.");
        }
        Optional<List<RedirectUri>> redirectUris = RedirectUriList.parse(command.redirectUris());
        if (redirectUris.isEmpty()) {
            return new Refused(RedirectUriList.problem(command.redirectUris()));
        }
        if (command.userSignIn() && redirectUris.get().isEmpty()) {
            return new Refused("Add at least one redirect URI: users signing in are sent back to it.");
        }
        for (ResourceName resource : command.allowedResources()) {
            if (resources.findByName(resource).isEmpty()) {
                return new Refused("There is no resource named " + resource + "; see Settings > Resources.");
            }
        }
        if (command.allowedResources().isEmpty()) {
            return new Refused("Allow at least one resource: a client can only get tokens for the resources it is"
                    + " allowed.");
        }
        Set<GrantType> grantTypes = new LinkedHashSet<>();
        if (command.userSignIn()) {
            grantTypes.add(GrantType.AUTHORIZATION_CODE);
            grantTypes.add(GrantType.REFRESH_TOKEN);
        }
        if (command.serverToServer()) {
            grantTypes.add(GrantType.CLIENT_CREDENTIALS);
        }
        Optional<ClientSecret> secret = command.kind().method().usesSecret()
                ? Optional.of(new ClientSecret(random.secret()))
                : Optional.empty();
        Client client = new Client(new ClientId(random.id()), ClientProfile.named(name), redirectUris.get(),
                command.kind().method(), grantTypes, Optional.empty(), secret.map(ClientSecret::hash),
                RegistrationSource.ADMIN, clock.instant(),
                Optional.of(new ClientOwner(command.organization(), command.allowedResources())));
        clients.add(client);
        return new Registered(client, secret);
    }
}
