package dev.latchkey.application.registration;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.validation.Parsed;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Registers a client dynamically (RFC 7591 §3). Registration is open: anyone may register, and the
 * consent page marks such clients as unverified.
 *
 * <p>Metadata rules: every redirect URI is checked on its own (see {@link RedirectUri}); unknown
 * members are ignored by the adapter; missing ones get defaults ({@code token_endpoint_auth_method}
 * {@code client_secret_basic} as RFC 7591 §2 says, grant types {@code authorization_code} and
 * {@code refresh_token}, response type {@code code}); grant types Latchkey does not offer to dynamic
 * clients are dropped, not fatal.
 */
public final class RegisterClient {

    /** Grant types a dynamically registered client may use. */
    private static final Set<GrantType> DYNAMIC_GRANT_TYPES = Set.of(GrantType.AUTHORIZATION_CODE,
            GrantType.REFRESH_TOKEN);

    private static final int MAX_REDIRECT_URIS = 20;
    private static final int MAX_TEXT = 500;

    private final Clients clients;
    private final RandomTokens random;
    private final Clock clock;

    public RegisterClient(Clients clients, RandomTokens random, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The registration request's members, typed but not yet validated. Empty means the member was
     * absent.
     */
    public record Command(
            Optional<List<String>> redirectUris,
            Optional<String> tokenEndpointAuthMethod,
            Optional<List<String>> grantTypes,
            Optional<List<String>> responseTypes,
            Optional<String> clientName,
            Optional<String> clientUri,
            Optional<String> logoUri,
            Optional<String> tosUri,
            Optional<String> policyUri,
            List<String> contacts,
            Optional<String> softwareId,
            Optional<String> softwareVersion,
            Optional<String> scope) {

        public Command {
            Objects.requireNonNull(redirectUris, "redirectUris");
            Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
            Objects.requireNonNull(grantTypes, "grantTypes");
            Objects.requireNonNull(responseTypes, "responseTypes");
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(clientUri, "clientUri");
            Objects.requireNonNull(logoUri, "logoUri");
            Objects.requireNonNull(tosUri, "tosUri");
            Objects.requireNonNull(policyUri, "policyUri");
            contacts = List.copyOf(contacts);
            Objects.requireNonNull(softwareId, "softwareId");
            Objects.requireNonNull(softwareVersion, "softwareVersion");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** The outcome of a registration. */
    public sealed interface Result permits Registered, Rejected {}

    /** Registered; {@code secret} is present for confidential clients and is shown this once only. */
    public record Registered(Client client, Optional<ClientSecret> secret) implements Result {}

    /** Refused with {@code invalid_redirect_uri} or {@code invalid_client_metadata}. */
    public record Rejected(OAuthError error) implements Result {}

    public Result register(Command command) {
        List<String> rawUris = command.redirectUris().orElse(List.of());
        if (rawUris.isEmpty()) {
            return new Rejected(OAuthError.invalidRedirectUri(
                    "redirect_uris is required: list at least one URI to send authorization codes to."));
        }
        if (rawUris.size() > MAX_REDIRECT_URIS) {
            return new Rejected(OAuthError.invalidRedirectUri(
                    "redirect_uris lists more than " + MAX_REDIRECT_URIS + " URIs; register only the ones you use."));
        }
        List<RedirectUri> redirectUris = new ArrayList<>();
        for (String raw : rawUris) {
            switch (Parsed.of(raw, RedirectUri::new)) {
                case Parsed.Valid<RedirectUri> valid -> redirectUris.add(valid.value());
                case Parsed.Invalid<RedirectUri> invalid -> {
                    return new Rejected(OAuthError.invalidRedirectUri(invalid.reason() + "."));
                }
            }
        }

        String methodName = command.tokenEndpointAuthMethod().orElse(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC
                .wireName());
        Optional<TokenEndpointAuthMethod> method = TokenEndpointAuthMethod.fromWireName(methodName);
        if (method.isEmpty()) {
            return new Rejected(OAuthError.invalidClientMetadata("token_endpoint_auth_method '" + methodName
                    + "' is not supported here; use none (public client with PKCE), client_secret_basic or"
                    + " client_secret_post."));
        }

        Set<GrantType> grantTypes = new LinkedHashSet<>();
        for (String name : command.grantTypes().orElse(List.of("authorization_code", "refresh_token"))) {
            GrantType.fromWireName(name).filter(DYNAMIC_GRANT_TYPES::contains).ifPresent(grantTypes::add);
        }
        if (!grantTypes.contains(GrantType.AUTHORIZATION_CODE)) {
            return new Rejected(OAuthError.invalidClientMetadata("grant_types must include authorization_code:"
                    + " dynamically registered clients use the authorization code flow (with refresh_token"
                    + " for renewals)."));
        }

        List<String> responseTypes = command.responseTypes().orElse(List.of("code"));
        if (!responseTypes.contains("code")) {
            return new Rejected(OAuthError.invalidClientMetadata("response_types must include code: it is the"
                    + " only response type OAuth 2.1 keeps."));
        }

        for (Optional<String> text : List.of(command.clientName(), command.softwareId(), command.softwareVersion(),
                command.scope())) {
            if (text.map(value -> value.length() > MAX_TEXT).orElse(false)) {
                return new Rejected(OAuthError.invalidClientMetadata(
                        "a metadata value is longer than " + MAX_TEXT + " characters; shorten it."));
            }
        }

        ClientProfile profile = new ClientProfile(
                command.clientName().map(String::strip).filter(name -> !name.isEmpty()),
                webUrl(command.clientUri()),
                webUrl(command.logoUri()),
                webUrl(command.tosUri()),
                webUrl(command.policyUri()),
                command.contacts().stream().filter(contact -> contact.length() <= MAX_TEXT).limit(10).toList(),
                command.softwareId(),
                command.softwareVersion());

        Optional<ClientSecret> secret = method.get().usesSecret()
                ? Optional.of(new ClientSecret(random.secret()))
                : Optional.empty();
        Client client = new Client(
                new ClientId(random.id()),
                profile,
                redirectUris,
                method.get(),
                grantTypes,
                command.scope().map(ScopeSet::parseLenient).filter(scope -> !scope.isEmpty()),
                secret.map(ClientSecret::hash),
                RegistrationSource.DYNAMIC,
                clock.instant());
        clients.add(client);
        return new Registered(client, secret);
    }

    /**
     * Keeps a descriptive URL only when it is an absolute http(s) URL: these are shown to people, and a
     * {@code javascript:} URL must never become a link. Anything else is dropped, as RFC 7591 §2 lets
     * the server replace values it will not use.
     */
    private static Optional<String> webUrl(Optional<String> raw) {
        return raw.filter(value -> value.length() <= 2000).filter(value -> {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            } catch (URISyntaxException malformed) {
                return false;
            }
        });
    }
}
