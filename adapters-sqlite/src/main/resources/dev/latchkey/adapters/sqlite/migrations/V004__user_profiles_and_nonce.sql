-- Latchkey schema, version 4: OpenID Connect basics.
-- The conventions of version 1 hold.

-- A user's optional profile, released as the OpenID Connect claims email and name (OIDC Core 5.1).
-- NULL when not given. Validated by the application (an addr-spec of at most 254 characters, a display
-- name of at most 100 characters without control characters), never verified.
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN display_name TEXT;

-- The OpenID Connect nonce of an authorization request (OIDC Core 3.1.2.1), kept while the user decides
-- and with the code, to be echoed unmodified in the ID token. NULL when the client sent none.
ALTER TABLE pending_authorizations ADD COLUMN nonce TEXT;
ALTER TABLE authorization_codes ADD COLUMN nonce TEXT;

-- When the user who approved a code signed in (their browser session's start), the ID token's auth_time
-- (OIDC Core 2). NULL when unknown, as with test auto-approval.
ALTER TABLE authorization_codes ADD COLUMN auth_time INTEGER;
