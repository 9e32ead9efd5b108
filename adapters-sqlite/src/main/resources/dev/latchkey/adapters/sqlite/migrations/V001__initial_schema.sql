-- Latchkey schema, version 1.
--
-- Conventions:
--   instants are INTEGER epoch milliseconds (UTC)
--   secrets are never stored: only their SHA-256 hash, base64url TEXT, UNIQUE where it is a lookup key
--   scope sets and grant-type sets are space-separated TEXT (a scope token contains no space, RFC 6749 3.3)
--   an absent optional value is NULL, so an empty string stays a present value
--   flags are INTEGER 0 or 1
--   lists keep their order through the rowid or a position column

-- Registered OAuth clients (RFC 7591).
CREATE TABLE clients (
    id               TEXT    PRIMARY KEY,
    name             TEXT,
    client_uri       TEXT,
    logo_uri         TEXT,
    tos_uri          TEXT,
    policy_uri       TEXT,
    -- newline-separated, each contact escaped (backslash as \\, newline as \n), NULL when there is none
    contacts         TEXT,
    software_id      TEXT,
    software_version TEXT,
    auth_method      TEXT    NOT NULL,
    grant_types      TEXT    NOT NULL,
    scope            TEXT,
    secret_hash      TEXT,
    source           TEXT    NOT NULL,
    registered_at    INTEGER NOT NULL
);

-- A client's redirect URIs, in the order it registered them.
CREATE TABLE client_redirect_uris (
    client_id TEXT    NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    uri       TEXT    NOT NULL,
    PRIMARY KEY (client_id, position)
);

CREATE TABLE users (
    id            TEXT    PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    disabled      INTEGER NOT NULL CHECK (disabled IN (0, 1)),
    created_at    INTEGER NOT NULL
);

CREATE TABLE organizations (
    id         TEXT    PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE memberships (
    user_id TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id  TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    role    TEXT    NOT NULL,
    since   INTEGER NOT NULL,
    PRIMARY KEY (user_id, org_id)
);
CREATE INDEX memberships_by_organization ON memberships (org_id);

-- Resources tokens may be issued for (RFC 8707); uri is the canonical form, the tokens' aud.
CREATE TABLE protected_resources (
    name       TEXT    PRIMARY KEY,
    uri        TEXT    NOT NULL UNIQUE,
    scopes     TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

-- Validated authorization requests waiting for the user, by the hash of their handle.
CREATE TABLE pending_authorizations (
    handle_hash        TEXT    PRIMARY KEY,
    client_id          TEXT    NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    redirect_uri       TEXT    NOT NULL,
    redirect_uri_given INTEGER NOT NULL CHECK (redirect_uri_given IN (0, 1)),
    scope              TEXT    NOT NULL,
    ignored_scopes     TEXT    NOT NULL,
    state              TEXT,
    code_challenge     TEXT    NOT NULL,
    resource           TEXT    NOT NULL,
    created_at         INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL
);
CREATE INDEX pending_authorizations_by_expiry ON pending_authorizations (expires_at);

-- Grants: one user's consent for one client, organization and resource.
CREATE TABLE grants (
    id           TEXT    PRIMARY KEY,
    user_id      TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id       TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    client_id    TEXT    NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    resource     TEXT    NOT NULL,
    scope        TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    revoked_at   INTEGER,
    last_used_at INTEGER
);
CREATE INDEX grants_by_user ON grants (user_id, created_at);

-- Authorization codes by hash. Unredeemed while redeemed_at and grant_id are NULL. The code is redeemed
-- before its grant row is written in the same transaction, so the grant reference is checked at COMMIT.
CREATE TABLE authorization_codes (
    code_hash          TEXT    PRIMARY KEY,
    client_id          TEXT    NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    redirect_uri       TEXT    NOT NULL,
    redirect_uri_given INTEGER NOT NULL CHECK (redirect_uri_given IN (0, 1)),
    scope              TEXT    NOT NULL,
    ignored_scopes     TEXT    NOT NULL,
    state              TEXT,
    code_challenge     TEXT    NOT NULL,
    resource           TEXT    NOT NULL,
    user_id            TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id             TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    approved_at        INTEGER NOT NULL,
    issued_at          INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL,
    grant_id           TEXT    REFERENCES grants (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    redeemed_at        INTEGER,
    CHECK ((grant_id IS NULL) = (redeemed_at IS NULL))
);
CREATE INDEX authorization_codes_by_expiry ON authorization_codes (expires_at) WHERE redeemed_at IS NULL;
CREATE INDEX authorization_codes_by_grant ON authorization_codes (grant_id);

-- Refresh tokens by hash, with their rotation chain (RFC 9700 4.14.2). The successor is not a foreign key:
-- it names a row of this table that may be written in the same transaction, and nothing deletes tokens.
CREATE TABLE refresh_tokens (
    id           TEXT    PRIMARY KEY,
    grant_id     TEXT    NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
    token_hash   TEXT    NOT NULL UNIQUE,
    issued_at    INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    rotated_at   INTEGER,
    successor_id TEXT,
    revoked_at   INTEGER,
    CHECK ((status = 'active' AND rotated_at IS NULL AND successor_id IS NULL AND revoked_at IS NULL)
        OR (status = 'rotated' AND rotated_at IS NOT NULL AND successor_id IS NOT NULL AND revoked_at IS NULL)
        OR (status = 'revoked' AND rotated_at IS NULL AND successor_id IS NULL AND revoked_at IS NOT NULL))
);
CREATE INDEX refresh_tokens_by_grant ON refresh_tokens (grant_id, status);

-- Signed-in browsers, by the hash of the session id in their cookie.
CREATE TABLE browser_sessions (
    id_hash      TEXT    PRIMARY KEY,
    user_id      TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX browser_sessions_by_expiry ON browser_sessions (expires_at);
CREATE INDEX browser_sessions_by_last_seen ON browser_sessions (last_seen_at);

-- The security event log. No foreign keys: the log outlives what it mentions.
CREATE TABLE security_events (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    client_id   TEXT,
    user_id     TEXT,
    grant_id    TEXT,
    description TEXT    NOT NULL
);
CREATE INDEX security_events_by_time ON security_events (at, id);
