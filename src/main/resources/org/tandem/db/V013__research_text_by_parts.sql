-- Search on hostile and foreign notes (issue 17). Japanese, Chinese and Korean are written without spaces between
-- words, so the word index holds a whole sentence as one "word" and a search for part of it found nothing. Notes
-- holding such characters are also indexed by trigrams (every run of three characters), where any part of a text
-- of three characters or more is found; only those notes, so a plan in English pays nothing for it.
CREATE VIRTUAL TABLE research_note_fts_cjk USING fts5 (
    title, body, tags, source,
    content = 'research_note', content_rowid = 'rid',
    tokenize = 'trigram'
);

-- which notes hold such writing: where a search for a part too short for trigrams (one or two characters) looks
CREATE TABLE research_note_fts_cjk_notes (rid INTEGER PRIMARY KEY);

CREATE TRIGGER research_note_fts_cjk_insert AFTER INSERT ON research_note
WHEN new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*'
BEGIN
    INSERT INTO research_note_fts_cjk (rowid, title, body, tags, source) VALUES (new.rid, new.title, new.body, new.tags, new.source);
    INSERT OR IGNORE INTO research_note_fts_cjk_notes (rid) VALUES (new.rid);
END;

CREATE TRIGGER research_note_fts_cjk_delete AFTER DELETE ON research_note
WHEN old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*'
BEGIN
    INSERT INTO research_note_fts_cjk (research_note_fts_cjk, rowid, title, body, tags, source)
    VALUES ('delete', old.rid, old.title, old.body, old.tags, old.source);
    DELETE FROM research_note_fts_cjk_notes WHERE rid = old.rid;
END;

-- one trigger, so the old text always leaves the index before the new one comes in
CREATE TRIGGER research_note_fts_cjk_update AFTER UPDATE OF title, body, tags, source ON research_note BEGIN
    INSERT INTO research_note_fts_cjk (research_note_fts_cjk, rowid, title, body, tags, source)
    SELECT 'delete', old.rid, old.title, old.body, old.tags, old.source
    WHERE old.title || ' ' || coalesce(old.body, '') || ' ' || coalesce(old.tags, '') || ' ' || coalesce(old.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
    INSERT INTO research_note_fts_cjk (rowid, title, body, tags, source)
    SELECT new.rid, new.title, new.body, new.tags, new.source
    WHERE new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
    DELETE FROM research_note_fts_cjk_notes WHERE rid = old.rid;
    INSERT OR IGNORE INTO research_note_fts_cjk_notes (rid)
    SELECT new.rid WHERE new.title || ' ' || coalesce(new.body, '') || ' ' || coalesce(new.tags, '') || ' ' || coalesce(new.source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
END;

INSERT INTO research_note_fts_cjk (rowid, title, body, tags, source)
SELECT rid, title, body, tags, source FROM research_note
WHERE title || ' ' || coalesce(body, '') || ' ' || coalesce(tags, '') || ' ' || coalesce(source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
INSERT INTO research_note_fts_cjk_notes (rid) SELECT rid FROM research_note WHERE title || ' ' || coalesce(body, '') || ' ' || coalesce(tags, '') || ' ' || coalesce(source, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ]*';
