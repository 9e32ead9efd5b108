package dev.latchkey.application.port;

/** The source of unguessable values: secrets and identifiers. Injected so tests can see what was made. */
public interface RandomTokens {

    /** 256 random bits as 43 characters of unpadded base64url: codes, refresh tokens, secrets, sessions. */
    String secret();

    /** A new random identifier (a UUID) for rows such as users, organizations, grants and clients. */
    String id();
}
