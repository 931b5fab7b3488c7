-- What-if scenarios of a sales plan: each changes the funnel's inputs (conversion rate, deal size),
-- the campaigns' leads (one factor, or per channel) and the hours people have. NULL: as planned.
CREATE TABLE sales_scenario (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id    TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    conversion_rate  REAL CHECK (conversion_rate IS NULL OR conversion_rate BETWEEN 0 AND 1),
    deal_size_minor  INTEGER CHECK (deal_size_minor IS NULL OR deal_size_minor >= 0),
    leads_factor     REAL NOT NULL DEFAULT 1 CHECK (leads_factor BETWEEN 0 AND 100),
    channel_factors  TEXT NOT NULL DEFAULT '[]',
    hours_factor     REAL NOT NULL DEFAULT 1 CHECK (hours_factor BETWEEN 0 AND 100),
    chosen           INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    position         INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT
);
CREATE INDEX sales_scenario_by_plan ON sales_scenario (sales_plan_id, position);

CREATE TRIGGER sales_scenario_stamp_insert AFTER INSERT ON sales_scenario WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_scenario SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_scenario_stamp_update AFTER UPDATE ON sales_scenario WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_scenario SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_scenario_tombstone AFTER DELETE ON sales_scenario BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesScenarios', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_scenario_untombstone AFTER INSERT ON sales_scenario BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
