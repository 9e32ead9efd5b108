package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.token.ExchangeAuthorizationCode;
import dev.latchkey.application.token.IssueClientCredentialsToken;
import dev.latchkey.application.token.IssuedTokens;
import dev.latchkey.application.token.RefreshAccessToken;
import dev.latchkey.application.token.TokenOutcome;
import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.authorization.CodeVerifier;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/token} (RFC 6749 §3.2, §4.1.3, §6). Every response, success or error, carries
 * {@code Cache-Control: no-store} (RFC 6749 §5.1). Errors follow RFC 6749 §5.2: 400, or 401 with a
 * Basic challenge for {@code invalid_client}.
 */
final class TokenEndpoint implements Endpoint {

    private final ExchangeAuthorizationCode exchangeCode;
    private final RefreshAccessToken refreshAccessToken;
    private final IssueClientCredentialsToken clientCredentials;

    TokenEndpoint(ExchangeAuthorizationCode exchangeCode, RefreshAccessToken refreshAccessToken,
            IssueClientCredentialsToken clientCredentials) {
        this.exchangeCode = exchangeCode;
        this.refreshAccessToken = refreshAccessToken;
        this.clientCredentials = clientCredentials;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<BackChannelRequest> read = BackChannelRequest.read(exchange);
        if (read.isEmpty()) {
            return;
        }
        BackChannelRequest request = read.get();
        Parameters form = request.form();
        Optional<String> grantType = form.get("grant_type");
        if (grantType.isEmpty()) {
            request.reject(exchange, OAuthError.invalidRequest("grant_type is missing; send authorization_code or"
                    + " refresh_token."));
            return;
        }
        Optional<ResourceUri> resource = Optional.empty();
        if (form.get("resource").isPresent()) {
            Parsed<ResourceUri> parsed = Parsed.of(form.get("resource").get(), ResourceUri::parse);
            if (!(parsed instanceof Parsed.Valid<ResourceUri> valid)) {
                request.reject(exchange, OAuthError.invalidTarget("The resource parameter is not valid: "
                        + ((Parsed.Invalid<ResourceUri>) parsed).reason() + "."));
                return;
            }
            resource = Optional.of(valid.value());
        }
        TokenOutcome outcome = switch (grantType.get()) {
            case "authorization_code" -> authorizationCode(form, request, resource);
            case "refresh_token" -> refreshToken(form, request, resource);
            case "client_credentials" -> clientCredentials(form, request, resource);
            default -> new TokenOutcome.Rejected(new OAuthError(OAuthErrorCode.UNSUPPORTED_GRANT_TYPE, "grant_type "
                    + grantType.get() + " is not supported here; use authorization_code, refresh_token or"
                    + " client_credentials."));
        };
        switch (outcome) {
            case TokenOutcome.Rejected rejected -> request.reject(exchange, rejected.error());
            case TokenOutcome.Issued issued -> Responses.jsonNoStore(exchange, 200, body(issued.tokens()));
        }
    }

    private TokenOutcome authorizationCode(Parameters form, BackChannelRequest request,
            Optional<ResourceUri> resource) {
        Optional<String> code = form.get("code");
        if (code.isEmpty()) {
            return rejected(OAuthError.invalidRequest("code is missing; send the authorization code you received."));
        }
        Optional<String> verifier = form.get("code_verifier");
        if (verifier.isEmpty()) {
            return rejected(OAuthError.invalidRequest("code_verifier is missing: PKCE is required, send the verifier"
                    + " whose S256 challenge you sent to the authorization endpoint."));
        }
        if (!(Parsed.of(code.get(), AuthorizationCode::new) instanceof Parsed.Valid<AuthorizationCode> validCode)) {
            return rejected(OAuthError.invalidGrant("The authorization code is not valid: this server did not issue"
                    + " it. Start the authorization again."));
        }
        Parsed<CodeVerifier> parsedVerifier = Parsed.of(verifier.get(), CodeVerifier::new);
        if (!(parsedVerifier instanceof Parsed.Valid<CodeVerifier> validVerifier)) {
            return rejected(OAuthError.invalidGrant(((Parsed.Invalid<CodeVerifier>) parsedVerifier).reason() + "."));
        }
        return exchangeCode.exchange(new ExchangeAuthorizationCode.Command(request.credentials(), validCode.value(),
                form.get("redirect_uri"), validVerifier.value(), resource));
    }

    private TokenOutcome refreshToken(Parameters form, BackChannelRequest request, Optional<ResourceUri> resource) {
        Optional<String> token = form.get("refresh_token");
        if (token.isEmpty()) {
            return rejected(OAuthError.invalidRequest("refresh_token is missing; send the refresh token you received."));
        }
        if (!(Parsed.of(token.get(), RefreshToken::new) instanceof Parsed.Valid<RefreshToken> validToken)) {
            return rejected(OAuthError.invalidGrant("The refresh token is not valid: this server did not issue it."
                    + " Sign in again through the application."));
        }
        Optional<ScopeSet> scope = Optional.empty();
        if (form.get("scope").isPresent()) {
            Parsed<ScopeSet> parsed = Parsed.of(form.get("scope").get(), ScopeSet::parse);
            if (!(parsed instanceof Parsed.Valid<ScopeSet> validScope)) {
                return rejected(OAuthError.invalidScope(((Parsed.Invalid<ScopeSet>) parsed).reason() + "."));
            }
            scope = Optional.of(validScope.value());
        }
        return refreshAccessToken.refresh(new RefreshAccessToken.Command(request.credentials(), validToken.value(),
                scope, resource));
    }

    private TokenOutcome clientCredentials(Parameters form, BackChannelRequest request,
            Optional<ResourceUri> resource) {
        Optional<ScopeSet> scope = Optional.empty();
        if (form.get("scope").isPresent()) {
            Parsed<ScopeSet> parsed = Parsed.of(form.get("scope").get(), ScopeSet::parse);
            if (!(parsed instanceof Parsed.Valid<ScopeSet> validScope)) {
                return rejected(OAuthError.invalidScope(((Parsed.Invalid<ScopeSet>) parsed).reason() + "."));
            }
            scope = Optional.of(validScope.value());
        }
        return clientCredentials.issue(new IssueClientCredentialsToken.Command(request.credentials(), scope, resource));
    }

    private static TokenOutcome rejected(OAuthError error) {
        return new TokenOutcome.Rejected(error);
    }

    /** The successful response (RFC 6749 §5.1). */
    private static Map<String, Object> body(IssuedTokens tokens) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", tokens.expiresIn().toSeconds());
        tokens.refreshToken().ifPresent(refresh -> body.put("refresh_token", refresh.value()));
        body.put("scope", tokens.scope().asString());
        // OIDC Core §3.1.3.3: "id_token: ID Token value associated with the authenticated session."
        tokens.idToken().ifPresent(idToken -> body.put("id_token", idToken));
        return body;
    }
}
