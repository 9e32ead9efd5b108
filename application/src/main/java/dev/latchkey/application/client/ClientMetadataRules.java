package dev.latchkey.application.client;

import dev.latchkey.domain.client.ClientMetadata;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.validation.Parsed;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules client metadata must follow, whether it arrives in a registration request (RFC 7591) or a
 * Client ID Metadata Document. Every redirect URI is checked on its own ({@link RedirectUri}); grant
 * types Latchkey does not offer such clients are dropped, not fatal; descriptive URLs that are not
 * http(s) are dropped rather than shown.
 */
public final class ClientMetadataRules {

    /** Grant types a registered or self-described client may use. */
    private static final Set<GrantType> OFFERED_GRANT_TYPES = Set.of(GrantType.AUTHORIZATION_CODE,
            GrantType.REFRESH_TOKEN);

    private static final int MAX_REDIRECT_URIS = 20;
    private static final int MAX_TEXT = 500;

    private ClientMetadataRules() {}

    /** What the metadata is for. */
    public sealed interface Purpose permits Registration, MetadataDocument {}

    /** A dynamic registration: secrets allowed, {@code client_secret_basic} when no method is named. */
    public record Registration() implements Purpose {}

    /**
     * A metadata document fetched from {@code url}: its {@code client_id} must be that URL, and shared
     * secrets are impossible (there is nowhere to deliver one), so the client is public.
     */
    public record MetadataDocument(URI url) implements Purpose {
        public MetadataDocument {
            Objects.requireNonNull(url, "url");
        }
    }

    /** Metadata that follows the rules, ready to become a client. */
    public record Accepted(List<RedirectUri> redirectUris, TokenEndpointAuthMethod authMethod,
            Set<GrantType> grantTypes, ClientProfile profile, Optional<ScopeSet> scope) {}

    /** The outcome of {@link #check}. */
    public sealed interface Result permits Valid, Invalid {}

    public record Valid(Accepted accepted) implements Result {}

    /** Refused with {@code invalid_redirect_uri} or {@code invalid_client_metadata}. */
    public record Invalid(OAuthError error) implements Result {}

    public static Result check(ClientMetadata metadata, Purpose purpose) {
        if (purpose instanceof MetadataDocument document) {
            String url = document.url().toString();
            if (metadata.clientId().isEmpty()) {
                return invalid("The metadata document at " + url + " has no client_id; it must state its own URL.");
            }
            if (!metadata.clientId().get().equals(url)) {
                return invalid("The metadata document's client_id (" + metadata.clientId().get() + ") is not the URL"
                        + " it was fetched from (" + url + "); they must be identical.");
            }
        }

        List<String> rawUris = metadata.redirectUris().orElse(List.of());
        if (rawUris.isEmpty()) {
            return new Invalid(OAuthError.invalidRedirectUri(
                    "redirect_uris is required: list at least one URI to send authorization codes to."));
        }
        if (rawUris.size() > MAX_REDIRECT_URIS) {
            return new Invalid(OAuthError.invalidRedirectUri(
                    "redirect_uris lists more than " + MAX_REDIRECT_URIS + " URIs; register only the ones you use."));
        }
        List<RedirectUri> redirectUris = new ArrayList<>();
        for (String raw : rawUris) {
            switch (Parsed.of(raw, RedirectUri::new)) {
                case Parsed.Valid<RedirectUri> valid -> redirectUris.add(valid.value());
                case Parsed.Invalid<RedirectUri> refused -> {
                    return new Invalid(OAuthError.invalidRedirectUri(refused.reason() + "."));
                }
            }
        }

        Optional<TokenEndpointAuthMethod> method = switch (purpose) {
            case Registration registration -> registrationMethod(metadata);
            case MetadataDocument document -> documentMethod(metadata);
        };
        if (method.isEmpty()) {
            return switch (purpose) {
                case Registration registration -> invalid("token_endpoint_auth_method '"
                        + metadata.tokenEndpointAuthMethod().orElse("") + "' is not supported here; use none (public"
                        + " client with PKCE), client_secret_basic or client_secret_post.");
                case MetadataDocument document -> invalid("The metadata document at " + document.url() + " allows"
                        + " only " + documentMethods(metadata) + " at the token endpoint. Latchkey accepts metadata"
                        + " document clients that authenticate with none (public clients using PKCE); shared"
                        + " secrets cannot be used with a metadata document, and private_key_jwt is not supported."
                        + " Add \"none\" to token_endpoint_auth_methods_supported, or register the client instead.");
            };
        }

        Set<GrantType> grantTypes = new LinkedHashSet<>();
        for (String name : metadata.grantTypes().orElse(List.of("authorization_code", "refresh_token"))) {
            GrantType.fromWireName(name).filter(OFFERED_GRANT_TYPES::contains).ifPresent(grantTypes::add);
        }
        if (!grantTypes.contains(GrantType.AUTHORIZATION_CODE)) {
            return invalid("grant_types must include authorization_code: this client uses the authorization code"
                    + " flow (with refresh_token for renewals).");
        }
        if (!metadata.responseTypes().orElse(List.of("code")).contains("code")) {
            return invalid("response_types must include code: it is the only response type OAuth 2.1 keeps.");
        }
        for (Optional<String> text : List.of(metadata.clientName(), metadata.softwareId(), metadata.softwareVersion(),
                metadata.scope())) {
            if (text.map(value -> value.length() > MAX_TEXT).orElse(false)) {
                return invalid("A metadata value is longer than " + MAX_TEXT + " characters; shorten it.");
            }
        }
        ClientProfile profile = new ClientProfile(
                metadata.clientName().map(String::strip).filter(name -> !name.isEmpty()),
                webUrl(metadata.clientUri()),
                webUrl(metadata.logoUri()),
                webUrl(metadata.tosUri()),
                webUrl(metadata.policyUri()),
                metadata.contacts().stream().filter(contact -> contact.length() <= MAX_TEXT).limit(10).toList(),
                metadata.softwareId(),
                metadata.softwareVersion());
        return new Valid(new Accepted(redirectUris, method.get(), grantTypes, profile,
                metadata.scope().map(ScopeSet::parseLenient).filter(scope -> !scope.isEmpty())));
    }

    /** RFC 7591 §2: "If omitted, the default is client_secret_basic". */
    private static Optional<TokenEndpointAuthMethod> registrationMethod(ClientMetadata metadata) {
        return TokenEndpointAuthMethod.fromWireName(metadata.tokenEndpointAuthMethod()
                .orElse(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC.wireName()));
    }

    /**
     * A document client is public: {@code none} when it names none, names {@code none}, or lists
     * {@code none} among the methods it supports (ChatGPT lists {@code private_key_jwt} and {@code none}).
     */
    private static Optional<TokenEndpointAuthMethod> documentMethod(ClientMetadata metadata) {
        List<String> offered = new ArrayList<>();
        metadata.tokenEndpointAuthMethod().ifPresent(offered::add);
        metadata.tokenEndpointAuthMethodsSupported().ifPresent(offered::addAll);
        return offered.isEmpty() || offered.contains("none")
                ? Optional.of(TokenEndpointAuthMethod.NONE)
                : Optional.empty();
    }

    private static String documentMethods(ClientMetadata metadata) {
        Set<String> offered = new LinkedHashSet<>();
        metadata.tokenEndpointAuthMethod().ifPresent(offered::add);
        metadata.tokenEndpointAuthMethodsSupported().ifPresent(offered::addAll);
        return String.join(", ", offered);
    }

    private static Result invalid(String description) {
        return new Invalid(OAuthError.invalidClientMetadata(description));
    }

    /**
     * Keeps a descriptive URL only when it is an absolute http(s) URL: these are shown to people, and a
     * {@code javascript:} URL must never become a link.
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
