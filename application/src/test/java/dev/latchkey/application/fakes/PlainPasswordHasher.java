package dev.latchkey.application.fakes;

import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link PasswordHasher} that is fast and reversible, for use-case tests only: the "hash" of a password is
 * {@code $plain$} followed by the password. Remembers every call, so a test can check that a hash was
 * computed or verified (for instance the decoy verification that keeps sign-in timing uniform).
 */
public final class PlainPasswordHasher implements PasswordHasher {

    private static final String PREFIX = "$plain$";

    /** One call of {@link #verify}: what was typed, and the hash it was compared with. */
    public record Verification(Password password, PasswordHash hash, boolean matched) {}

    private final List<PasswordHash> made = new CopyOnWriteArrayList<>();
    private final List<Verification> verifications = new CopyOnWriteArrayList<>();

    /** The hash this fake makes of {@code password}, without recording a call. */
    public static PasswordHash hashOf(String password) {
        return new PasswordHash(PREFIX + password);
    }

    @Override
    public PasswordHash hash(Password password) {
        PasswordHash hash = hashOf(password.value());
        made.add(hash);
        return hash;
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        boolean matched = hash.encoded().equals(PREFIX + password.value());
        verifications.add(new Verification(password, hash, matched));
        return matched;
    }

    /** Every hash made by {@link #hash}, oldest first. */
    public List<PasswordHash> hashesMade() {
        return List.copyOf(made);
    }

    /** Every call of {@link #verify}, oldest first. */
    public List<Verification> verifications() {
        return List.copyOf(verifications);
    }
}
