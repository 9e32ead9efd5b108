package dev.latchkey.adapters.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.IdTokenIssuer;
import dev.latchkey.application.port.SigningKeys;
import dev.latchkey.domain.identity.IdTokenClaims;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * JWT access tokens (RFC 9068) and OpenID Connect ID tokens (OIDC Core §2) signed with the server's own
 * keys, and those keys' public halves for the JWKS endpoint (RFC 7517 §5). Keys are JWK files in {@code <dataDir>/keys/}, identified by their RFC 7638
 * thumbprint. The key for the configured algorithm signs; every other key in the folder still verifies and
 * stays published, so tokens signed before an algorithm change keep working until they expire.
 *
 * <p>Thread-safe and immutable once loaded: one instance serves every request.
 */
public final class JoseTokens implements AccessTokenIssuer, AccessTokenVerifier, SigningKeys, IdTokenIssuer {

    /** Far above a Latchkey token (under 1 KiB with RS256); bounds the work a junk token can cause. */
    static final int MAXIMUM_TOKEN_LENGTH = 8192;

    private static final System.Logger LOG = System.getLogger(JoseTokens.class.getName());

    private final Issuer issuer;
    private final SigningKey current;
    private final Map<String, SigningKey> keysById;
    private final List<PublicSigningKey> published;

    private JoseTokens(Issuer issuer, List<SigningKey> keysCurrentFirst) {
        this.issuer = issuer;
        this.current = keysCurrentFirst.get(0);
        Map<String, SigningKey> byId = new LinkedHashMap<>();
        List<PublicSigningKey> publicKeys = new ArrayList<>();
        for (SigningKey key : keysCurrentFirst) {
            if (byId.putIfAbsent(key.keyId(), key) != null) {
                throw new IllegalStateException("the signing key " + key.keyId() + " is in the keys folder twice; "
                        + "remove one of its files");
            }
            publicKeys.add(key.published());
        }
        this.keysById = Map.copyOf(byId);
        this.published = List.copyOf(publicKeys);
    }

    /**
     * Loads the signing keys from {@code <dataDir>/keys/}, creating the folder and a key for {@code algorithm}
     * when there is none. The newest key for {@code algorithm} becomes the current (signing) key.
     *
     * @throws java.io.UncheckedIOException when the folder or a key file cannot be read or written
     * @throws IllegalStateException when a key file is not a usable key (the message names the file)
     */
    public static JoseTokens loadOrCreate(Path dataDir, Issuer issuer, SigningAlgorithm algorithm) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(algorithm, "algorithm");
        KeyFolder folder = KeyFolder.open(dataDir);
        List<SigningKey> oldestFirst = new ArrayList<>(folder.load());
        Optional<SigningKey> newestForAlgorithm = oldestFirst.reversed().stream()
                .filter(key -> key.algorithm() == algorithm)
                .findFirst();
        SigningKey current = newestForAlgorithm.orElseGet(() -> {
            int next = oldestFirst.isEmpty() ? 1 : oldestFirst.getLast().sequence() + 1;
            SigningKey created = folder.create(algorithm, next);
            oldestFirst.add(created);
            return created;
        });
        List<SigningKey> currentFirst = new ArrayList<>();
        currentFirst.add(current);
        for (SigningKey key : oldestFirst.reversed()) {
            if (key != current) {
                currentFirst.add(key);
            }
        }
        LOG.log(System.Logger.Level.INFO, "Signing access tokens with {0} key {1}; {2} key(s) published",
                algorithm, current.keyId(), currentFirst.size());
        return new JoseTokens(issuer, currentFirst);
    }

    /** RFC 9068 §2: a JWS with {@code typ: at+jwt}, the current key's {@code alg} and {@code kid}. */
    @Override
    public String issue(AccessTokenClaims claims) {
        Objects.requireNonNull(claims, "claims");
        if (!claims.issuer().equals(issuer)) {
            throw new IllegalArgumentException("claims name issuer " + claims.issuer() + " but this server is " + issuer);
        }
        JWSHeader header = new JWSHeader.Builder(current.algorithm().jws())
                .type(AccessTokenJwt.TYPE)
                .keyID(current.keyId())
                .build();
        SignedJWT jwt = new SignedJWT(header, AccessTokenJwt.claimsSet(claims));
        try {
            jwt.sign(current.signer());
        } catch (JOSEException failed) {
            throw new IllegalStateException("could not sign an access token with key " + current.keyId(), failed);
        }
        return jwt.serialize();
    }

    /**
     * An OpenID Connect ID token (OIDC Core §2): a JWS with {@code typ: JWT}, signed like access tokens by
     * the current key (its {@code alg} and {@code kid}), so clients verify it with the published keys. The
     * access token verifier refuses it ({@code typ} is not {@code at+jwt}), so it cannot be used as one.
     */
    @Override
    public String issue(IdTokenClaims claims) {
        Objects.requireNonNull(claims, "claims");
        if (!claims.issuer().equals(issuer)) {
            throw new IllegalArgumentException("claims name issuer " + claims.issuer() + " but this server is " + issuer);
        }
        JWSHeader header = new JWSHeader.Builder(current.algorithm().jws())
                .type(IdTokenJwt.TYPE)
                .keyID(current.keyId())
                .build();
        SignedJWT jwt = new SignedJWT(header, IdTokenJwt.claimsSet(claims));
        try {
            jwt.sign(current.signer());
        } catch (JOSEException failed) {
            throw new IllegalStateException("could not sign an ID token with key " + current.keyId(), failed);
        }
        return jwt.serialize();
    }

    /**
     * RFC 9068 §4 validation except time: a JWS with {@code typ} {@code at+jwt}, signed by the key its
     * {@code kid} names with that key's {@code alg}, issued by this server, carrying every Latchkey claim.
     */
    @Override
    public AccessTokenCheck verify(String token) {
        if (token == null || token.isEmpty()) {
            return new Invalid("the token is empty");
        }
        if (token.length() > MAXIMUM_TOKEN_LENGTH) {
            return new Invalid("the token is too long");
        }
        try {
            return check(token);
        } catch (RuntimeException unexpected) {
            // Every malformed input has its own answer in check(); reaching here is a bug, but the
            // caller must still get a refusal, never an exception.
            LOG.log(System.Logger.Level.WARNING, "Unexpected failure reading an access token: {0}",
                    unexpected.getClass().getName());
            return new Invalid("the token could not be read");
        }
    }

    private AccessTokenCheck check(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException notSigned) {
            return new Invalid("the token is not a signed JWT");
        }
        JWSHeader header = jwt.getHeader();
        if (!AccessTokenJwt.isAccessTokenType(header.getType())) {
            return new Invalid("the token is not an access token (typ is not at+jwt)");
        }
        if (header.getKeyID() == null) {
            return new Invalid("the token does not name its signing key");
        }
        SigningKey key = keysById.get(header.getKeyID());
        if (key == null) {
            return new Invalid("the token was signed with an unknown key");
        }
        // The key decides the algorithm, never the token (RFC 8725 §3.1).
        if (!key.algorithm().jws().equals(header.getAlgorithm())) {
            return new Invalid("the token's alg does not match its signing key");
        }
        try {
            if (!jwt.verify(key.verifier())) {
                return new Invalid("the token's signature is not valid");
            }
        } catch (JOSEException unverifiable) {
            return new Invalid("the token's signature is not valid");
        }
        Map<String, Object> claims;
        try {
            claims = JSONObjectUtils.parse(jwt.getPayload().toString());
        } catch (ParseException notClaims) {
            return new Invalid("the token's payload is not a JWT claims set");
        }
        return AccessTokenJwt.read(claims, issuer);
    }

    /** Every key in the folder, current first, then newest to oldest; public members only. */
    @Override
    public List<PublicSigningKey> published() {
        return published;
    }
}
