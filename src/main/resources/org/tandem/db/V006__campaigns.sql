-- The campaign calendar: each plan's channels (name and colour, editable) and its campaigns.
-- Dates are ISO text, end inclusive; money in minor units. A series stores its rule with its first occurrence.

CREATE TABLE channel (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id    TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
    colour     TEXT NOT NULL CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX channel_name_per_plan ON channel (plan_id, name COLLATE NOCASE);

CREATE TABLE campaign (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id        TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    channel        TEXT NOT NULL DEFAULT '',
    start_date     TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date       TEXT NOT NULL CHECK (date(end_date) = end_date AND end_date >= start_date),
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('idea', 'planned', 'running', 'done', 'cancelled')),
    owner          TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL DEFAULT 'marketing' CHECK (role IN ('marketing', 'sales')),
    planned_minor  INTEGER NOT NULL DEFAULT 0 CHECK (planned_minor >= 0),
    spent_minor    INTEGER NOT NULL DEFAULT 0 CHECK (spent_minor >= 0),
    leads_expected INTEGER NOT NULL DEFAULT 0 CHECK (leads_expected >= 0),
    leads_actual   INTEGER NOT NULL DEFAULT 0 CHECK (leads_actual >= 0),
    segment_id     TEXT REFERENCES segment (id) ON DELETE SET NULL,
    notes          TEXT NOT NULL DEFAULT '',
    link           TEXT NOT NULL DEFAULT '',
    repeat_every   TEXT CHECK (repeat_every IS NULL OR repeat_every IN ('weekly', 'monthly')),
    repeat_interval INTEGER CHECK (repeat_interval IS NULL OR repeat_interval >= 1),
    repeat_until   TEXT CHECK (repeat_until IS NULL OR (date(repeat_until) = repeat_until AND repeat_until >= start_date
                                                        AND repeat_until <= date(start_date, '+10 years'))),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((repeat_every IS NULL) = (repeat_until IS NULL))
);
-- a view asks for one date range: campaigns (or series) that start before it ends and end after it starts
CREATE INDEX campaign_by_plan_and_dates ON campaign (plan_id, start_date, end_date);
CREATE INDEX campaign_series_by_plan ON campaign (plan_id, repeat_until) WHERE repeat_until IS NOT NULL;
