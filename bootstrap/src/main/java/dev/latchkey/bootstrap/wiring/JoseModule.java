package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.adapters.jose.Argon2idPasswordHasher;
import dev.latchkey.adapters.jose.JoseTokens;
import dev.latchkey.adapters.jose.SecureRandomTokens;
import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.IdTokenIssuer;
import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.SigningKeys;
import dev.latchkey.bootstrap.LatchkeyConfig;
import javax.inject.Singleton;

/** The JOSE and crypto adapter fills the token, key, password and randomness ports. */
@Module
public final class JoseModule {

    private JoseModule() {}

    @Provides
    @Singleton
    static JoseTokens joseTokens(LatchkeyConfig config) {
        return JoseTokens.loadOrCreate(config.dataDir(), config.issuer(), config.signingAlgorithm());
    }

    @Provides
    static AccessTokenIssuer accessTokenIssuer(JoseTokens tokens) {
        return tokens;
    }

    @Provides
    static AccessTokenVerifier accessTokenVerifier(JoseTokens tokens) {
        return tokens;
    }

    @Provides
    static SigningKeys signingKeys(JoseTokens tokens) {
        return tokens;
    }

    @Provides
    static IdTokenIssuer idTokenIssuer(JoseTokens tokens) {
        return tokens;
    }

    @Provides
    @Singleton
    static PasswordHasher passwordHasher() {
        return new Argon2idPasswordHasher();
    }

    @Provides
    @Singleton
    static RandomTokens randomTokens() {
        return new SecureRandomTokens();
    }
}
