package dev.latchkey.application.token;

import dev.latchkey.domain.error.OAuthError;
import java.util.Objects;

/** What the token endpoint answers for any grant: tokens, or an RFC 6749 §5.2 error. */
public sealed interface TokenOutcome permits TokenOutcome.Issued, TokenOutcome.Rejected {

    /** Tokens were issued. */
    record Issued(IssuedTokens tokens) implements TokenOutcome {
        public Issued {
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    /** The request was refused. */
    record Rejected(OAuthError error) implements TokenOutcome {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }
}
