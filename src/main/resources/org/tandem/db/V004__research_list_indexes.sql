-- The note list shows pinned notes first, then by update time or title, a page at a time:
-- indexes in that order let SQLite read the first page without sorting every note.
CREATE INDEX research_note_list_by_updated ON research_note (plan_id, pinned DESC, updated_at DESC);
CREATE INDEX research_note_list_by_title ON research_note (plan_id, pinned DESC, title COLLATE NOCASE);
