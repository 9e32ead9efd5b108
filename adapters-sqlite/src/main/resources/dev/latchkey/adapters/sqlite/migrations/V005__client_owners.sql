-- Latchkey schema, version 5: clients registered in Settings for an organization.
-- The conventions of version 1 hold.

-- The organization a client registered by an administrator belongs to, NULL for every other client (registered
-- dynamically or known by its metadata document). Removing the organization removes its clients, and with them,
-- by the cascades of version 1, their grants, refresh tokens, pending authorizations and codes. SQLite adds a
-- column with a foreign key only when its default is NULL, which it is.
ALTER TABLE clients ADD COLUMN owner_org_id TEXT REFERENCES organizations (id) ON DELETE CASCADE;

-- The resources such a client may be used for: their names, space-separated and sorted (a name holds no space),
-- an empty string when none is allowed; NULL exactly when the client belongs to no organization.
ALTER TABLE clients ADD COLUMN allowed_resources TEXT
    CHECK ((owner_org_id IS NULL) = (allowed_resources IS NULL));

-- An organization's clients oldest first (Settings), and the cascade when an organization is removed.
CREATE INDEX clients_by_owner ON clients (owner_org_id, registered_at);

-- The grants given in an organization newest first (its clients in Settings, with their active grants).
CREATE INDEX grants_by_organization ON grants (org_id, created_at);
