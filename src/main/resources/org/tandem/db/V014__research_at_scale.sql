-- Importing 50,000 English notes spent 2.8 s of its 10.5 s in V013's GLOB, which looks for Japanese, Chinese or
-- Korean characters at every position of every note written or deleted. Text that is all ASCII (as many bytes as
-- characters, which SQLite counts in C) cannot hold them: the GLOB now runs only on text that has other characters.
DROP TRIGGER research_note_fts_cjk_insert;
DROP TRIGGER research_note_fts_cjk_delete;
DROP TRIGGER research_note_fts_cjk_update;

CREATE TRIGGER research_note_fts_cjk_insert AFTER INSERT ON research_note
WHEN length(new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '')) <> length(CAST(new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') AS BLOB))
    AND new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*'
BEGIN
    INSERT INTO research_note_fts_cjk (rowid, title, body, tags, source) VALUES (new.rid, new.title, new.body, new.tags, new.source);
    INSERT OR IGNORE INTO research_note_fts_cjk_notes (rid) VALUES (new.rid);
END;

CREATE TRIGGER research_note_fts_cjk_delete AFTER DELETE ON research_note
WHEN length(old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '')) <> length(CAST(old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '') AS BLOB))
    AND old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*'
BEGIN
    INSERT INTO research_note_fts_cjk (research_note_fts_cjk, rowid, title, body, tags, source)
    VALUES ('delete', old.rid, old.title, old.body, old.tags, old.source);
    DELETE FROM research_note_fts_cjk_notes WHERE rid = old.rid;
END;

-- one trigger, so the old text always leaves the index before the new one comes in
CREATE TRIGGER research_note_fts_cjk_update AFTER UPDATE OF title, body, tags, source ON research_note BEGIN
    INSERT INTO research_note_fts_cjk (research_note_fts_cjk, rowid, title, body, tags, source)
    SELECT 'delete', old.rid, old.title, old.body, old.tags, old.source
    WHERE length(old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '')) <> length(CAST(old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '') AS BLOB))
    AND old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
    INSERT INTO research_note_fts_cjk (rowid, title, body, tags, source)
    SELECT new.rid, new.title, new.body, new.tags, new.source
    WHERE length(new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '')) <> length(CAST(new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') AS BLOB))
    AND new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
    DELETE FROM research_note_fts_cjk_notes WHERE rid = old.rid;
    INSERT OR IGNORE INTO research_note_fts_cjk_notes (rid)
    SELECT new.rid WHERE length(new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '')) <> length(CAST(new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') AS BLOB))
    AND new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
END;

-- the word index gathers new words in memory before writing them out: 8 MB instead of 1 MB makes fewer, larger
-- writes when many notes come at once (an import), about a tenth off its indexing time
INSERT INTO research_note_fts (research_note_fts, rank) VALUES ('hashsize', 8388608);

-- the dashboard's "research older than a year" read every note of the plan (about 0.1 s of each showing with 50,000)
CREATE INDEX research_note_by_evidence ON research_note (plan_id, evidence_date);
