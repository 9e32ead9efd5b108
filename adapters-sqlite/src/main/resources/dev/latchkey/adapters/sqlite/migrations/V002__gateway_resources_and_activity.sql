-- Latchkey schema, version 2: resources behind the gateway, and the activity log of the calls it forwards.
-- The conventions of version 1 hold.

-- A protected resource is either external, at its own URL (uri, the canonical form, the tokens' aud), or
-- behind the gateway, reached at {issuer}/mcp/NAME: that URI follows the issuer, so it is not stored, and the
-- gateway forwards to upstream_url. SQLite cannot make uri nullable in place, so the table is rebuilt; every
-- existing resource is external. No other table refers to this one (a grant names its resource by URI).
CREATE TABLE protected_resources_v2 (
    name             TEXT    PRIMARY KEY,
    kind             TEXT    NOT NULL CHECK (kind IN ('external', 'gateway')),
    uri              TEXT,
    upstream_url     TEXT,
    -- the headers added to every forwarded request, in order: newline-separated lines 'Name:value' (a header
    -- name holds no colon), each line escaped (backslash as \\, newline as \n), NULL when there are none.
    -- The values are secrets of the upstream, stored as given so that they can be sent.
    upstream_headers TEXT,
    forward_identity INTEGER CHECK (forward_identity IN (0, 1)),
    scopes           TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    CHECK ((kind = 'external' AND uri IS NOT NULL AND upstream_url IS NULL AND upstream_headers IS NULL
                AND forward_identity IS NULL)
        OR (kind = 'gateway' AND uri IS NULL AND upstream_url IS NOT NULL AND forward_identity IS NOT NULL))
);

INSERT INTO protected_resources_v2 (name, kind, uri, scopes, created_at)
SELECT name, 'external', uri, scopes, created_at FROM protected_resources;

DROP TABLE protected_resources;

ALTER TABLE protected_resources_v2 RENAME TO protected_resources;

-- External URIs stay unique; gateway resources have none.
CREATE UNIQUE INDEX protected_resources_by_uri ON protected_resources (uri) WHERE uri IS NOT NULL;

-- Every user's grants newest first (grants list). The rowid, last in every index, breaks ties.
CREATE INDEX grants_by_time ON grants (created_at);

-- The calls the gateway forwarded: who, where, what and how it ended; never a body, header value or token.
-- No foreign keys: the log outlives what it mentions. Written in batches by a background writer.
CREATE TABLE activity (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    user_id        TEXT    NOT NULL,
    org_id         TEXT    NOT NULL,
    client_id      TEXT    NOT NULL,
    resource       TEXT    NOT NULL,
    http_method    TEXT    NOT NULL,
    rpc_method     TEXT,
    tool_name      TEXT,
    status         INTEGER NOT NULL,
    duration_nanos INTEGER NOT NULL
);
CREATE INDEX activity_by_time ON activity (at, id);
