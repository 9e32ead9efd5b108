-- Latchkey schema, version 3: indexes on the columns that refer to a client.
-- The conventions of version 1 hold.

-- Removing unused dynamically registered clients (hourly) asks whether a client has a grant, and deleting a
-- client cascades to its grants, pending authorizations and codes: SQLite looks up each of these child
-- tables by client_id, which without an index is a full scan per removed client, under the write lock.
CREATE INDEX grants_by_client ON grants (client_id);
CREATE INDEX pending_authorizations_by_client ON pending_authorizations (client_id);
CREATE INDEX authorization_codes_by_client ON authorization_codes (client_id);
