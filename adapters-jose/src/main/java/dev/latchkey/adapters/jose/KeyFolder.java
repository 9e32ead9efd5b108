package dev.latchkey.adapters.jose;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code keys} folder of the data directory: one JWK JSON file per signing key, private parameters
 * included, named {@code <sequence>-<alg>-<kid>.json} (e.g. {@code 0001-ES256-Nz2...Q.json}). The folder
 * is {@code rwx------} and each file {@code rw-------} where the file system has POSIX permissions;
 * looser permissions found at start are tightened with a warning.
 */
final class KeyFolder {

    static final String DIRECTORY_NAME = "keys";

    private static final System.Logger LOG = System.getLogger(KeyFolder.class.getName());

    private static final Pattern KEY_FILE = Pattern.compile("(\\d{4,9})-(ES256|RS256)-([A-Za-z0-9_-]{43})\\.json");

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private final Path directory;
    private final boolean posix;

    private KeyFolder(Path directory, boolean posix) {
        this.directory = directory;
        this.posix = posix;
    }

    /** Opens {@code <dataDir>/keys}, creating it owner-only when missing and tightening it when too open. */
    static KeyFolder open(Path dataDir) {
        Path directory = dataDir.resolve(DIRECTORY_NAME);
        boolean posix = dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            Files.createDirectories(dataDir);
            boolean created = false;
            try {
                if (posix) {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                } else {
                    Files.createDirectory(directory);
                }
                created = true;
            } catch (FileAlreadyExistsException exists) {
                if (!Files.isDirectory(directory)) {
                    throw new IllegalStateException(directory + " exists but is not a directory; move it away");
                }
            }
            KeyFolder folder = new KeyFolder(directory, posix);
            if (created) {
                // The umask may have taken bits away at creation: set the exact mode.
                folder.setExactly(directory, OWNER_ONLY_DIRECTORY);
            } else {
                folder.removeGroupAndOthers(directory);
            }
            return folder;
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot open the signing keys folder " + directory, failed);
        }
    }

    /**
     * Every key in the folder, oldest first.
     *
     * @throws IllegalStateException when a key file cannot be used (the server must not start with it)
     */
    List<SigningKey> load() {
        List<SigningKey> keys = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher matcher = KEY_FILE.matcher(name);
                if (matcher.matches()) {
                    keys.add(read(file, Integer.parseInt(matcher.group(1)), matcher.group(2), matcher.group(3)));
                } else if (!name.startsWith(".")) {
                    LOG.log(System.Logger.Level.WARNING, "Ignoring {0}: not a signing key file name", file);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read the signing keys folder " + directory, failed);
        }
        keys.sort(Comparator.comparingInt(SigningKey::sequence));
        for (int i = 1; i < keys.size(); i++) {
            if (keys.get(i).sequence() == keys.get(i - 1).sequence()) {
                throw new IllegalStateException("two key files in " + directory + " have the sequence number "
                        + keys.get(i).sequence() + "; renumber one of them");
            }
        }
        return keys;
    }

    /** Generates a key for {@code algorithm} after the newest one and writes it atomically, owner-only. */
    SigningKey create(SigningAlgorithm algorithm, int sequence) {
        SigningKey key = SigningKey.generate(sequence, algorithm);
        Path target = directory.resolve(fileName(key));
        byte[] json = key.jwk().toJSONString().getBytes(StandardCharsets.UTF_8);
        Path temporary = null;
        try {
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                    : new FileAttribute<?>[0];
            temporary = Files.createTempFile(directory, ".new-key-", ".tmp", attributes);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            setExactly(target, OWNER_ONLY_FILE);
            syncDirectory();
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write the new signing key " + target, failed);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    LOG.log(System.Logger.Level.WARNING, "Could not delete the unfinished key file {0}", temporary);
                }
            }
        }
        LOG.log(System.Logger.Level.INFO, "Created {0} signing key {1} in {2}", algorithm, key.keyId(), target);
        return key;
    }

    static String fileName(SigningKey key) {
        return String.format(Locale.ROOT, "%04d-%s-%s.json", key.sequence(), key.algorithm(), key.keyId());
    }

    private SigningKey read(Path file, int sequence, String algorithmName, String keyId) throws IOException {
        removeGroupAndOthers(file);
        SigningAlgorithm algorithm = SigningAlgorithm.valueOf(algorithmName);
        JWK jwk;
        try {
            jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ParseException malformed) {
            throw unusable(file, "it is not a JSON Web Key (" + malformed.getMessage() + ")");
        }
        // A key dropped in by hand may leave "alg" out: the file name says it.
        if (jwk.getAlgorithm() != null && !algorithm.jws().getName().equals(jwk.getAlgorithm().getName())) {
            throw unusable(file, "its \"alg\" is not " + algorithm + " as its name says");
        }
        SigningKey key;
        try {
            key = SigningKey.of(sequence, algorithm, jwk);
        } catch (IllegalArgumentException invalid) {
            throw unusable(file, invalid.getMessage());
        }
        if (!key.keyId().equals(keyId)) {
            throw unusable(file, "its name does not carry its kid " + key.keyId());
        }
        return key;
    }

    private static IllegalStateException unusable(Path file, String why) {
        return new IllegalStateException("signing key file " + file + " cannot be used: " + why
                + ". Restore it from a backup or move it out of the folder (tokens it signed will stop verifying)");
    }

    /** Gives {@code path} exactly {@code wanted}: for what this class has just created. */
    private void setExactly(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (posix && !Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /** Takes every group and other permission away from something found on disk, and says so. */
    private void removeGroupAndOthers(Path path) throws IOException {
        if (!posix) {
            return;
        }
        Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : actual) {
            if (OWNER.contains(permission)) {
                ownerOnly.add(permission);
            }
        }
        if (!ownerOnly.equals(actual)) {
            Files.setPosixFilePermissions(path, ownerOnly);
            LOG.log(System.Logger.Level.WARNING,
                    "{0} was {1}, open to other users; changed it to {2} so only its owner can read the signing keys",
                    path, PosixFilePermissions.toString(actual), PosixFilePermissions.toString(ownerOnly));
        }
    }

    /** Makes the new file's name durable; best effort, as not every platform can sync a directory. */
    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            LOG.log(System.Logger.Level.DEBUG, "Could not sync {0}: {1}", directory, notSupported.getMessage());
        }
    }
}
