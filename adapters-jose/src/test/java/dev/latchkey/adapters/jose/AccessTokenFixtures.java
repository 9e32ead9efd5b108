package dev.latchkey.adapters.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Valid access token claims, and signing with the server's own key files to forge tokens in tests. */
final class AccessTokenFixtures {

    static final Issuer ISSUER = new Issuer("https://auth.example.com");
    static final Instant ISSUED_AT = Instant.parse("2025-03-01T10:15:30Z");

    private AccessTokenFixtures() {}

    /** Claims with every member set; instants on whole seconds, as JWT NumericDates carry them. */
    static AccessTokenClaims anAccessToken() {
        return new AccessTokenClaims(
                ISSUER,
                new UserId("0b6f9a52-6c1e-4d38-9d7e-4b3a1f1c2d3e"),
                new ResourceUri("https://mcp.example.com/mcp"),
                new ClientId("client-7f3a"),
                ScopeSet.parse("mcp:use offline_access files:read"),
                new OrgId("org-acme"),
                Optional.of(Role.ADMIN),
                Optional.of(new GrantId("grant-42")),
                "jti-5b1d",
                ISSUED_AT,
                ISSUED_AT.plus(Duration.ofMinutes(5)));
    }

    /**
     * The claims of a client_credentials token (RFC 6749 §4.4): {@code sub} is the client, and there is
     * neither role nor grant.
     */
    static AccessTokenClaims aClientCredentialsToken() {
        return new AccessTokenClaims(
                ISSUER,
                new UserId("service-client-9c2e"),
                new ResourceUri("https://mcp.example.com/mcp"),
                new ClientId("service-client-9c2e"),
                ScopeSet.parse("mcp:use"),
                new OrgId("org-acme"),
                Optional.empty(),
                Optional.empty(),
                "jti-cc-1",
                ISSUED_AT,
                ISSUED_AT.plus(Duration.ofMinutes(5)));
    }

    /** The claims set Latchkey itself would put in the token. */
    static JWTClaimsSet aClaimsSet() {
        return AccessTokenJwt.claimsSet(anAccessToken());
    }

    /** The private JWKs in {@code <dataDir>/keys}, oldest first. */
    static List<JWK> keyFiles(Path dataDir) {
        try (Stream<Path> files = Files.list(dataDir.resolve("keys"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(AccessTokenFixtures::parse)
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static JWK parse(Path file) {
        try {
            return JWK.parse(Files.readString(file));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (ParseException malformed) {
            throw new IllegalStateException(malformed);
        }
    }

    /** Signs {@code claims} under {@code header} with {@code key}, whatever the header says. */
    static String sign(JWK key, JWSHeader header, JWTClaimsSet claims) {
        try {
            JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner(key.toRSAKey());
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
