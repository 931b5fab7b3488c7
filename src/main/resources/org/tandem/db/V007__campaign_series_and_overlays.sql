-- Occurrences taken out of a series (edited or moved on their own): ISO dates, comma-separated, sorted.
ALTER TABLE campaign ADD COLUMN repeat_skip TEXT NOT NULL DEFAULT ''
    CHECK (repeat_skip = '' OR repeat_every IS NOT NULL);

-- Imported .ics calendars (public holidays, trade-show dates): read-only overlays on the campaign calendar.
CREATE TABLE overlay_calendar (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id     TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    shown       INTEGER NOT NULL DEFAULT 1 CHECK (shown IN (0, 1)),
    imported_at TEXT NOT NULL
);
CREATE TABLE overlay_event (
    overlay_id  TEXT NOT NULL REFERENCES overlay_calendar (id) ON DELETE CASCADE,
    uid         TEXT NOT NULL,
    title       TEXT NOT NULL,
    start_date  TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date    TEXT NOT NULL CHECK (date(end_date) = end_date AND end_date >= start_date)
);
CREATE INDEX overlay_event_by_calendar ON overlay_event (overlay_id, start_date);
