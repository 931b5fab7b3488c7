-- Market research: notes by aspect with full-text search, segments, and the plan's market sizing.

CREATE TABLE segment (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description    TEXT NOT NULL DEFAULT '',
    buyers         INTEGER NOT NULL DEFAULT 0 CHECK (buyers >= 0),
    spend_minor    INTEGER NOT NULL DEFAULT 0 CHECK (spend_minor >= 0),  -- yearly spend per buyer
    growth_pct     REAL NOT NULL DEFAULT 0 CHECK (growth_pct >= -100),
    attractiveness INTEGER NOT NULL DEFAULT 3 CHECK (attractiveness BETWEEN 1 AND 5),
    targeted       INTEGER NOT NULL DEFAULT 0 CHECK (targeted IN (0, 1)),
    positioning    TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX segment_by_plan ON segment (plan_id, position);

-- rid gives FTS5 a rowid that VACUUM never renumbers; id is the stable UUID used everywhere else.
CREATE TABLE research_note (
    rid           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    plan_id       TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    title         TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    body          TEXT NOT NULL DEFAULT '' CHECK (length(CAST(body AS BLOB)) <= 1048576),
    aspect        TEXT NOT NULL CHECK (aspect IN ('target-audience', 'market-research', 'competitive-analysis', 'market-size')),
    tags          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    source        TEXT NOT NULL DEFAULT '',
    evidence_date TEXT CHECK (evidence_date IS NULL OR date(evidence_date) = evidence_date),
    confidence    TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
    pinned        INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    segment_id    TEXT REFERENCES segment (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX research_note_by_plan ON research_note (plan_id, aspect);
CREATE INDEX research_note_by_segment ON research_note (segment_id);

CREATE VIRTUAL TABLE research_note_fts USING fts5 (
    title, body, tags, source,
    content = 'research_note', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER research_note_fts_insert AFTER INSERT ON research_note BEGIN
    INSERT INTO research_note_fts (rowid, title, body, tags, source)
    VALUES (new.rid, new.title, new.body, new.tags, new.source);
END;

CREATE TRIGGER research_note_fts_delete AFTER DELETE ON research_note BEGIN
    INSERT INTO research_note_fts (research_note_fts, rowid, title, body, tags, source)
    VALUES ('delete', old.rid, old.title, old.body, old.tags, old.source);
END;

CREATE TRIGGER research_note_fts_update AFTER UPDATE OF title, body, tags, source ON research_note BEGIN
    INSERT INTO research_note_fts (research_note_fts, rowid, title, body, tags, source)
    VALUES ('delete', old.rid, old.title, old.body, old.tags, old.source);
    INSERT INTO research_note_fts (rowid, title, body, tags, source)
    VALUES (new.rid, new.title, new.body, new.tags, new.source);
END;

-- One sizing per plan: figures entered top-down, or computed bottom-up from targeted segments.
CREATE TABLE market_sizing (
    plan_id      TEXT PRIMARY KEY NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    method       TEXT NOT NULL DEFAULT 'top-down' CHECK (method IN ('top-down', 'bottom-up')),
    tam_minor    INTEGER NOT NULL DEFAULT 0 CHECK (tam_minor >= 0),
    sam_minor    INTEGER NOT NULL DEFAULT 0 CHECK (sam_minor >= 0 AND sam_minor <= tam_minor),
    som_minor    INTEGER NOT NULL DEFAULT 0 CHECK (som_minor >= 0 AND som_minor <= sam_minor),
    share_pct    REAL NOT NULL DEFAULT 0 CHECK (share_pct BETWEEN 0 AND 100),  -- bottom-up SOM as a share of SAM
    growth_pct   REAL CHECK (growth_pct IS NULL OR growth_pct >= -100),     -- entered rate, if no dated figures
    first_date   TEXT, first_minor  INTEGER CHECK (first_minor IS NULL OR first_minor >= 0),
    second_date  TEXT, second_minor INTEGER CHECK (second_minor IS NULL OR second_minor >= 0),
    updated_at   TEXT NOT NULL
);
