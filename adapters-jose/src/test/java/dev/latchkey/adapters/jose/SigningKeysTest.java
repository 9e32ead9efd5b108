package dev.latchkey.adapters.jose;

import static dev.latchkey.adapters.jose.AccessTokenFixtures.ISSUER;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.anAccessToken;
import static dev.latchkey.adapters.jose.AccessTokenFixtures.keyFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.application.port.AccessTokenVerifier.Valid;
import dev.latchkey.application.port.SigningKeys.PublicSigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The keys folder: creation, persistence, permissions, algorithm changes and the published JWKS. */
class SigningKeysTest {

    /** RFC 7517 §9.2 / RFC 7518 §6.2.2 and §6.3.2: members that hold private key material. */
    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    @TempDir
    Path dataDir;

    private Path keys() {
        return dataDir.resolve("keys");
    }

    private List<Path> filesInKeys() throws Exception {
        try (Stream<Path> files = Files.list(keys())) {
            return files.sorted().toList();
        }
    }

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void loadOrCreateWhenDataDirIsEmptyThenWritesOneEs256KeyFileNamedBySequenceAlgAndKid() throws Exception {
        Path notYetCreated = dataDir.resolve("data");

        JoseTokens tokens = JoseTokens.loadOrCreate(notYetCreated, ISSUER, SigningAlgorithm.ES256);

        String kid = tokens.published().getFirst().keyId();
        try (Stream<Path> files = Files.list(notYetCreated.resolve("keys"))) {
            // No temporary file is left behind by the atomic write.
            assertThat(files).extracting(file -> file.getFileName().toString())
                    .containsExactly("0001-ES256-" + kid + ".json");
        }
        JWK stored = keyFiles(notYetCreated).getFirst();
        assertThat(stored).isInstanceOf(ECKey.class);
        assertThat(((ECKey) stored).getCurve()).isEqualTo(Curve.P_256);
        assertThat(stored.isPrivate()).isTrue();
        assertThat(stored.getKeyID()).isEqualTo(kid);
        assertThat(stored.getAlgorithm().getName()).isEqualTo("ES256");
    }

    @Test
    void loadOrCreateWhenRs256ThenKeyIsRsa2048() {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.RS256);

        JWK stored = keyFiles(dataDir).getFirst();
        assertThat(stored.getKeyType().getValue()).isEqualTo("RSA");
        assertThat(stored.size()).isEqualTo(2048);
        assertThat(stored.getAlgorithm().getName()).isEqualTo("RS256");
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void loadOrCreateWhenCalledAgainThenKeepsTheSameKeyAndItsTokensVerify(SigningAlgorithm algorithm) throws Exception {
        JoseTokens first = JoseTokens.loadOrCreate(dataDir, ISSUER, algorithm);
        String token = first.issue(anAccessToken());

        JoseTokens second = JoseTokens.loadOrCreate(dataDir, ISSUER, algorithm);

        assertThat(second.published()).isEqualTo(first.published());
        assertThat(filesInKeys()).hasSize(1);
        assertThat(second.verify(token)).isInstanceOf(Valid.class);
        assertThat(first.verify(second.issue(anAccessToken()))).isInstanceOf(Valid.class);
    }

    @Test
    void loadOrCreateWhenKeyCreatedThenKidIsTheRfc7638ThumbprintOfThePublicKey() throws Exception {
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Map<String, String> members = tokens.published().getFirst().members();

        // RFC 7638 §3.2: required members only, lexicographic order, no whitespace; SHA-256; base64url.
        String canonical = "{\"crv\":\"" + members.get("crv") + "\",\"kty\":\"EC\",\"x\":\"" + members.get("x")
                + "\",\"y\":\"" + members.get("y") + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.published().getFirst().keyId()).isEqualTo(Base64URL.encode(digest).toString());
        assertThat(members.get("kid")).isEqualTo(Base64URL.encode(digest).toString());
    }

    @Test
    void loadOrCreateWhenPosixThenKeysFolderIs700AndKeyFileIs600() throws Exception {
        assumePosix();

        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys()))).isEqualTo("rwx------");
        for (Path file : filesInKeys()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void loadOrCreateWhenKeyFileIsReadableByOthersThenTightensItAndWarns() throws Exception {
        assumePosix();
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Path keyFile = filesInKeys().getFirst();
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(keys(), PosixFilePermissions.fromString("rwxr-xr-x"));

        List<LogRecord> warnings = captureWarnings(() -> JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys()))).isEqualTo("rwx------");
        assertThat(warnings).extracting(LogRecord::getLevel).containsOnly(Level.WARNING);
        assertThat(warnings).hasSize(2);
    }

    @Test
    void loadOrCreateWhenAlgorithmChangesThenNewKeyIsCurrentAndOldKeyStaysPublishedAndVerifiable() throws Exception {
        JoseTokens es256 = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        String oldToken = es256.issue(anAccessToken());
        String oldKid = es256.published().getFirst().keyId();

        JoseTokens rs256 = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.RS256);

        assertThat(rs256.published()).extracting(PublicSigningKey::algorithm).containsExactly("RS256", "ES256");
        assertThat(rs256.published().get(1).keyId()).isEqualTo(oldKid);
        assertThat(rs256.verify(oldToken)).isInstanceOf(Valid.class);
        String newToken = rs256.issue(anAccessToken());
        assertThat(SignedJWT.parse(newToken).getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(SignedJWT.parse(newToken).getHeader().getKeyID()).isEqualTo(rs256.published().getFirst().keyId());
        assertThat(filesInKeys()).extracting(file -> file.getFileName().toString().substring(0, 11))
                .containsExactly("0001-ES256-", "0002-RS256-");
    }

    @Test
    void loadOrCreateWhenAlgorithmSwitchesBackThenReusesItsExistingKeyAsCurrent() throws Exception {
        String es256Kid = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256).published().getFirst().keyId();
        String rs256Kid = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.RS256).published().getFirst().keyId();

        JoseTokens back = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);

        assertThat(back.published()).extracting(PublicSigningKey::keyId).containsExactly(es256Kid, rs256Kid);
        assertThat(filesInKeys()).hasSize(2);
    }

    @Test
    void loadOrCreateWhenTwoKeysOfTheSameAlgorithmThenTheNewestSignsAndBothVerify() throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        // An operator rotating by hand: drop a newer ES256 key into the folder (the name gives its alg).
        ECKey rotated = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        Files.writeString(keys().resolve("0002-ES256-" + rotated.getKeyID() + ".json"), rotated.toJSONString());

        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);

        assertThat(tokens.published()).hasSize(2);
        assertThat(tokens.published().getFirst().keyId()).isEqualTo(rotated.getKeyID());
        assertThat(SignedJWT.parse(tokens.issue(anAccessToken())).getHeader().getKeyID()).isEqualTo(rotated.getKeyID());
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void publishedWhenCalledThenHasPublicMembersOnlyWithKidAlgAndUseSig(SigningAlgorithm algorithm) throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, algorithm == SigningAlgorithm.ES256
                ? SigningAlgorithm.RS256 : SigningAlgorithm.ES256);
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, algorithm);

        assertThat(tokens.published()).hasSize(2);
        for (PublicSigningKey key : tokens.published()) {
            assertThat(key.members()).doesNotContainKeys(PRIVATE_MEMBERS.toArray(String[]::new));
            assertThat(key.members()).containsEntry("kid", key.keyId())
                    .containsEntry("alg", key.algorithm())
                    .containsEntry("use", "sig");
            if (key.algorithm().equals("ES256")) {
                assertThat(key.members()).containsOnlyKeys("kty", "crv", "x", "y", "kid", "alg", "use")
                        .containsEntry("kty", "EC").containsEntry("crv", "P-256");
            } else {
                assertThat(key.members()).containsOnlyKeys("kty", "n", "e", "kid", "alg", "use")
                        .containsEntry("kty", "RSA");
            }
            assertThat(JWK.parse(Map.copyOf(key.members())).isPrivate()).isFalse();
        }
        assertThat(tokens.published().getFirst().algorithm()).isEqualTo(algorithm.name());
    }

    @Test
    void publishedWhenAResourceServerUsesItThenItVerifiesTheServersTokens() throws Exception {
        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        SignedJWT jwt = SignedJWT.parse(tokens.issue(anAccessToken()));

        JWK published = JWK.parse(Map.copyOf(tokens.published().getFirst().members()));
        JWSVerifier verifier = published instanceof ECKey ec ? new ECDSAVerifier(ec)
                : new RSASSAVerifier(published.toRSAKey());

        assertThat(jwt.verify(verifier)).isTrue();
    }

    @Test
    void loadOrCreateWhenAKeyFileIsNotAJwkThenFailsNamingTheFile() throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Path keyFile = filesInKeys().getFirst();
        Files.writeString(keyFile, "{ not json");

        assertThatThrownBy(() -> JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(keyFile.getFileName().toString());
    }

    @Test
    void loadOrCreateWhenAKeyFileHoldsOnlyAPublicKeyThenFails() throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Path keyFile = filesInKeys().getFirst();
        Files.writeString(keyFile, AccessTokenFixtures.parse(keyFile).toPublicJWK().toJSONString());

        assertThatThrownBy(() -> JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no private key");
    }

    @Test
    void loadOrCreateWhenAKeyFilesPrivateHalfBelongsToAnotherKeyThenFails() throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Path keyFile = filesInKeys().getFirst();
        ECKey stored = AccessTokenFixtures.parse(keyFile).toECKey();
        ECKey other = new ECKeyGenerator(Curve.P_256).generate();
        ECKey mixed = new ECKey.Builder(stored.getCurve(), stored.getX(), stored.getY()).d(other.getD())
                .keyID(stored.getKeyID()).algorithm(stored.getAlgorithm()).build();
        Files.writeString(keyFile, mixed.toJSONString());

        assertThatThrownBy(() -> JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not belong together");
    }

    @Test
    void loadOrCreateWhenAKeyFileNameDoesNotCarryItsKidThenFails() throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Path keyFile = filesInKeys().getFirst();
        Files.move(keyFile, keys().resolve("0001-ES256-" + "A".repeat(43) + ".json"));

        assertThatThrownBy(() -> JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kid");
    }

    @Test
    void loadOrCreateWhenAKeyFileNameSaysAnotherAlgorithmThenFails() throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Path keyFile = filesInKeys().getFirst();
        Files.move(keyFile, keys().resolve(keyFile.getFileName().toString().replace("ES256", "RS256")));

        assertThatThrownBy(() -> JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alg");
    }

    @Test
    void loadOrCreateWhenTheSameKeyIsInTwoFilesThenFails() throws Exception {
        JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);
        Path keyFile = filesInKeys().getFirst();
        Files.copy(keyFile, keys().resolve(keyFile.getFileName().toString().replace("0001-", "0002-")));

        assertThatThrownBy(() -> JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void loadOrCreateWhenOtherFilesAreInTheFolderThenIgnoresThem() throws Exception {
        String kid = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256).published().getFirst().keyId();
        Files.writeString(keys().resolve("README.txt"), "keys");
        Files.writeString(keys().resolve(".new-key-123.tmp"), "{");

        JoseTokens tokens = JoseTokens.loadOrCreate(dataDir, ISSUER, SigningAlgorithm.ES256);

        assertThat(tokens.published()).extracting(PublicSigningKey::keyId).containsExactly(kid);
    }

    private static List<LogRecord> captureWarnings(Runnable action) {
        Logger logger = Logger.getLogger(KeyFolder.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                if (logRecord.getLevel().intValue() >= Level.WARNING.intValue()) {
                    records.add(logRecord);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }
}
