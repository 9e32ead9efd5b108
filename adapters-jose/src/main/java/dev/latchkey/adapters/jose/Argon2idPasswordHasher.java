package dev.latchkey.adapters.jose;

import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing (RFC 9106) with BouncyCastle, stored in PHC string format:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard base64 without padding.
 * The defaults are the OWASP Password Storage Cheat Sheet's first Argon2id option (19 MiB, 2 passes, 1 lane).
 * Verification reads the parameters from the stored string, so hashes made with other settings still verify.
 *
 * <p>Passwords are normalised to Unicode NFKC before hashing (NIST SP 800-63B §5.1.1.2), so the same password
 * typed on keyboards that compose characters differently still matches.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    /** Memory in KiB (19 MiB). */
    public static final int DEFAULT_MEMORY_KIB = 19_456;
    /** Passes over memory. */
    public static final int DEFAULT_ITERATIONS = 2;
    /** Lanes. */
    public static final int DEFAULT_PARALLELISM = 1;

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    // Bounds for stored hashes: generous for any sane setting, but a corrupt row cannot ask for terabytes.
    private static final int MAXIMUM_MEMORY_KIB = 1 << 20;
    private static final int MAXIMUM_ITERATIONS = 256;
    private static final int MAXIMUM_PARALLELISM = 64;
    private static final int MINIMUM_SALT_BYTES = 8;
    private static final int MINIMUM_HASH_BYTES = 16;
    private static final int MAXIMUM_SALT_OR_HASH_BYTES = 64;

    /** PHC string for Argon2id; a missing version means 0x10, as in the reference implementation. */
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id(?:\\$v=(16|19))?\\$m=(\\d{1,8}),t=(\\d{1,8}),p=(\\d{1,8})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    /** Hashes with the OWASP defaults: m=19456 KiB, t=2, p=1. */
    public Argon2idPasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    /**
     * Hashes with explicit cost parameters (RFC 9106 §3.1).
     *
     * @throws IllegalArgumentException when Argon2 does not allow them (memory below 8 KiB per lane, ...)
     */
    public Argon2idPasswordHasher(int memoryKiB, int iterations, int parallelism) {
        if (parallelism < 1 || parallelism > MAXIMUM_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be between 1 and " + MAXIMUM_PARALLELISM);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAXIMUM_MEMORY_KIB) {
            throw new IllegalArgumentException("memory must be between 8 KiB per lane and " + MAXIMUM_MEMORY_KIB + " KiB");
        }
        if (iterations < 1 || iterations > MAXIMUM_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAXIMUM_ITERATIONS);
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public PasswordHash hash(Password password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, Argon2Parameters.ARGON2_VERSION_13, memoryKiB, iterations, parallelism,
                HASH_BYTES);
        return new PasswordHash(String.format(Locale.ROOT, "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
                memoryKiB, iterations, parallelism, ENCODER.encodeToString(salt), ENCODER.encodeToString(hash)));
    }

    /** Recomputes with the stored parameters and salt; false for a wrong password or a malformed hash. */
    @Override
    public boolean verify(Password password, PasswordHash hash) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(hash, "hash");
        Matcher phc = PHC.matcher(hash.encoded());
        if (!phc.matches()) {
            return false;
        }
        int version = "19".equals(phc.group(1)) ? Argon2Parameters.ARGON2_VERSION_13 : Argon2Parameters.ARGON2_VERSION_10;
        int memory = Integer.parseInt(phc.group(2));
        int passes = Integer.parseInt(phc.group(3));
        int lanes = Integer.parseInt(phc.group(4));
        if (lanes < 1 || lanes > MAXIMUM_PARALLELISM || memory < 8 * lanes || memory > MAXIMUM_MEMORY_KIB
                || passes < 1 || passes > MAXIMUM_ITERATIONS) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = DECODER.decode(phc.group(5));
            expected = DECODER.decode(phc.group(6));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        if (salt.length < MINIMUM_SALT_BYTES || salt.length > MAXIMUM_SALT_OR_HASH_BYTES
                || expected.length < MINIMUM_HASH_BYTES || expected.length > MAXIMUM_SALT_OR_HASH_BYTES) {
            return false;
        }
        byte[] actual = derive(password, salt, version, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    private static byte[] derive(Password password, byte[] salt, int version, int memory, int passes, int lanes,
            int length) {
        byte[] secret = Normalizer.normalize(password.value(), Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
        try {
            return derive(secret, salt, version, memory, passes, lanes, length);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Raw Argon2id (type 2) over {@code password}: the one place the BouncyCastle generator is driven. */
    static byte[] derive(byte[] password, byte[] salt, int version, int memory, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(version)
                .withMemoryAsKB(memory)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
