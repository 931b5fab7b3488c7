-- Competitor analysis: profiles (our business is one flagged row per plan, so it joins every
-- comparison), ordered strengths and weaknesses, target segments, criteria with weights, scores,
-- and the SWOT board. rid gives FTS5 a stable rowid.

CREATE TABLE competitor (
    rid           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    plan_id       TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    own           INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
    name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    website       TEXT NOT NULL DEFAULT '',
    offer         TEXT NOT NULL DEFAULT '',
    price_level   REAL CHECK (price_level IS NULL OR price_level >= 0),
    channels      TEXT NOT NULL DEFAULT '',
    positioning   TEXT NOT NULL DEFAULT '',
    threat        TEXT NOT NULL DEFAULT 'medium' CHECK (threat IN ('low', 'medium', 'high')),
    share_pct     REAL CHECK (share_pct IS NULL OR share_pct BETWEEN 0 AND 100),
    last_reviewed TEXT CHECK (last_reviewed IS NULL OR date(last_reviewed) = last_reviewed),
    notes         TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX competitor_by_plan ON competitor (plan_id, own DESC, position);
CREATE UNIQUE INDEX competitor_one_own_row_per_plan ON competitor (plan_id) WHERE own = 1;

CREATE TABLE competitor_point (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    competitor_id TEXT NOT NULL REFERENCES competitor (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('strength', 'weakness')),
    text          TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
    position      INTEGER NOT NULL
);
CREATE INDEX competitor_point_by_competitor ON competitor_point (competitor_id, kind, position);

CREATE TABLE competitor_segment (
    competitor_id TEXT NOT NULL REFERENCES competitor (id) ON DELETE CASCADE,
    segment_id    TEXT NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
    PRIMARY KEY (competitor_id, segment_id)
);
CREATE INDEX competitor_segment_by_segment ON competitor_segment (segment_id);

CREATE TABLE criterion (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id    TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    weight     REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX criterion_by_plan ON criterion (plan_id, position);

CREATE TABLE score (
    competitor_id TEXT NOT NULL REFERENCES competitor (id) ON DELETE CASCADE,
    criterion_id  TEXT NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (competitor_id, criterion_id)
);
CREATE INDEX score_by_criterion ON score (criterion_id);

CREATE TABLE swot_item (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id    TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    quadrant   TEXT NOT NULL CHECK (quadrant IN ('strengths', 'weaknesses', 'opportunities', 'threats')),
    text       TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
    position   INTEGER NOT NULL DEFAULT 0,
    -- a SWOT item can become a campaign idea or a sales objective; wired when those screens exist
    link_kind  TEXT CHECK (link_kind IS NULL OR link_kind IN ('campaign', 'objective')),
    link_id    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX swot_item_by_plan ON swot_item (plan_id, quadrant, position);

-- research notes that are about a competitor
CREATE TABLE note_competitor (
    note_id       TEXT NOT NULL REFERENCES research_note (id) ON DELETE CASCADE,
    competitor_id TEXT NOT NULL REFERENCES competitor (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, competitor_id)
);
CREATE INDEX note_competitor_by_competitor ON note_competitor (competitor_id);

CREATE VIRTUAL TABLE competitor_fts USING fts5 (
    name, offer, channels, positioning, notes,
    content = 'competitor', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER competitor_fts_insert AFTER INSERT ON competitor BEGIN
    INSERT INTO competitor_fts (rowid, name, offer, channels, positioning, notes)
    VALUES (new.rid, new.name, new.offer, new.channels, new.positioning, new.notes);
END;

CREATE TRIGGER competitor_fts_delete AFTER DELETE ON competitor BEGIN
    INSERT INTO competitor_fts (competitor_fts, rowid, name, offer, channels, positioning, notes)
    VALUES ('delete', old.rid, old.name, old.offer, old.channels, old.positioning, old.notes);
END;

CREATE TRIGGER competitor_fts_update AFTER UPDATE OF name, offer, channels, positioning, notes ON competitor BEGIN
    INSERT INTO competitor_fts (competitor_fts, rowid, name, offer, channels, positioning, notes)
    VALUES ('delete', old.rid, old.name, old.offer, old.channels, old.positioning, old.notes);
    INSERT INTO competitor_fts (rowid, name, offer, channels, positioning, notes)
    VALUES (new.rid, new.name, new.offer, new.channels, new.positioning, new.notes);
END;
