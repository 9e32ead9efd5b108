/**
 * The storage ports on one SQLite file in WAL mode: one writer connection behind a lock for every write and
 * transaction, a few reader connections, versioned SQL migrations. Only {@code SqliteStorage} is public.
 */
package dev.latchkey.adapters.sqlite;
