package dev.latchkey.application.revocation;

import dev.latchkey.application.clientauth.AuthenticateClient;
import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.token.IssuedRefreshToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Token revocation (RFC 7009). Revoking a refresh token or an access token ends the whole grant: its
 * refresh tokens stop working and its access tokens are refused wherever the grant is checked.
 *
 * <p>RFC 7009 §2.1: the server "first validates the client credentials ... and then verifies whether
 * the token was issued to the client making the revocation request. If this validation fails, the
 * request is refused". An invalid or unknown token is not an error (§2.2: "invalid tokens do not cause
 * an error response").
 */
public final class RevokeToken {

    private final AuthenticateClient authenticateClient;
    private final AccessTokenVerifier verifier;
    private final RefreshTokens refreshTokens;
    private final Grants grants;
    private final Transactions transactions;
    private final EndGrant endGrant;
    private final Clock clock;

    public RevokeToken(Clients clients, AccessTokenVerifier verifier, RefreshTokens refreshTokens, Grants grants,
            Transactions transactions, Clock clock) {
        this.authenticateClient = new AuthenticateClient(clients);
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.endGrant = new EndGrant(grants, refreshTokens);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A revocation request; the hint is only a hint and the token's form decides. */
    public record Command(ClientCredentials credentials, String token, Optional<String> tokenTypeHint) {
        public Command {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(tokenTypeHint, "tokenTypeHint");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Revoked, Rejected {}

    /** Answer 200: the token is revoked, or was not valid to begin with. */
    public record Revoked() implements Result {}

    /** Refused: client authentication failed, or the token belongs to another client. */
    public record Rejected(OAuthError error) implements Result {}

    public Result revoke(Command command) {
        Client client;
        switch (authenticateClient.authenticate(command.credentials())) {
            case AuthenticateClient.Rejected rejected -> {
                return new Rejected(rejected.error());
            }
            case AuthenticateClient.Authenticated authenticated -> client = authenticated.client();
        }
        String token = command.token();
        if (token.isEmpty() || token.length() > 8192) {
            return new Revoked();
        }
        Instant now = clock.instant();
        Optional<GrantId> grantId = token.indexOf('.') >= 0 ? grantOfAccessToken(token, now) : grantOfRefreshToken(token);
        if (grantId.isEmpty()) {
            return new Revoked();
        }
        return transactions.inTransaction(() -> {
            Optional<Grant> grant = grants.find(grantId.get());
            if (grant.isEmpty()) {
                return new Revoked();
            }
            if (!grant.get().clientId().equals(client.id())) {
                return new Rejected(OAuthError.invalidGrant("This token was issued to another client; a client can"
                        + " revoke only its own tokens."));
            }
            endGrant.end(grant.get().id(), now);
            return new Revoked();
        });
    }

    private Optional<GrantId> grantOfAccessToken(String token, Instant now) {
        // A client_credentials token has no grant: it ends with its client (delete it in Settings), and
        // RFC 7009 §2.2 lets the server answer 200 for a token it does not revoke individually.
        if (verifier.verify(token) instanceof AccessTokenVerifier.Valid valid && !valid.claims().isExpired(now)) {
            return valid.claims().grantId();
        }
        return Optional.empty();
    }

    private Optional<GrantId> grantOfRefreshToken(String token) {
        return refreshTokens.findByHash(SecretHash.of(token)).map(IssuedRefreshToken::grantId);
    }
}
