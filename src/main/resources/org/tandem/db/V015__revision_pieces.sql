-- A kept version's gzipped plan file in pieces of a megabyte at most: the L plan's 31 MB as one value took one array
-- for the blob, one copy in SQLite's memory and one in the driver's at every export and import, all resident after.
-- A version kept before keeps its content in plan_revision; a new one leaves that empty and has its pieces here.
-- A table with row ids: SQLite advises against WITHOUT ROWID for rows larger than a twentieth of a page.
CREATE TABLE plan_revision_piece (
    revision_id TEXT NOT NULL REFERENCES plan_revision (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    bytes       BLOB NOT NULL,
    PRIMARY KEY (revision_id, seq)
);
