-- A plan is one business's marketing-and-sales plan; every section hangs from it.
-- Deleting a plan first marks it (deleted_at) so the user can undo; marked plans are purged later.
CREATE TABLE plan (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120 AND name = trim(name)),
    name_key    TEXT NOT NULL,           -- the name folded for case-insensitive uniqueness
    description TEXT NOT NULL DEFAULT '',
    currency    TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    first_month INTEGER NOT NULL DEFAULT 1 CHECK (first_month BETWEEN 1 AND 12),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE UNIQUE INDEX plan_name_unique_while_live ON plan (name_key) WHERE deleted_at IS NULL;
