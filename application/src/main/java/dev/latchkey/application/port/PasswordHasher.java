package dev.latchkey.application.port;

import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;

/** Slow, salted password hashing (Argon2id). Only for passwords: high-entropy secrets use SHA-256. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    /** Whether {@code password} matches {@code hash}, compared in constant time. */
    boolean verify(Password password, PasswordHash hash);
}
