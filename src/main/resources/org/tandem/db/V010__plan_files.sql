-- Plan files (issue 13): every entity carries updated_at, so a two-way merge can tell the newer side;
-- deletions leave tombstones, so a merge never brings back what was deleted; revisions keep each plan file
-- exported or imported (and snapshots taken before a replace, merge or restore) for three-way merges and history.

-- While a plan file is written into the store, its own updated_at values stand: the triggers below hold off.
CREATE TABLE plan_file_writing (on_hold INTEGER PRIMARY KEY);

ALTER TABLE channel ADD COLUMN updated_at TEXT;
UPDATE channel SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER channel_stamp_insert AFTER INSERT ON channel WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE channel SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER channel_stamp_update AFTER UPDATE ON channel WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE channel SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE overlay_calendar ADD COLUMN updated_at TEXT;
UPDATE overlay_calendar SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER overlay_calendar_stamp_insert AFTER INSERT ON overlay_calendar WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE overlay_calendar SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER overlay_calendar_stamp_update AFTER UPDATE ON overlay_calendar WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE overlay_calendar SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE sales_objective ADD COLUMN updated_at TEXT;
UPDATE sales_objective SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER sales_objective_stamp_insert AFTER INSERT ON sales_objective WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_objective SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_objective_stamp_update AFTER UPDATE ON sales_objective WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_objective SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE sales_activity ADD COLUMN updated_at TEXT;
UPDATE sales_activity SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER sales_activity_stamp_insert AFTER INSERT ON sales_activity WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_activity SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_activity_stamp_update AFTER UPDATE ON sales_activity WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_activity SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE sales_person ADD COLUMN updated_at TEXT;
UPDATE sales_person SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER sales_person_stamp_insert AFTER INSERT ON sales_person WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_person SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_person_stamp_update AFTER UPDATE ON sales_person WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_person SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE sales_tool ADD COLUMN updated_at TEXT;
UPDATE sales_tool SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER sales_tool_stamp_insert AFTER INSERT ON sales_tool WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_tool SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_tool_stamp_update AFTER UPDATE ON sales_tool WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_tool SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE sales_milestone ADD COLUMN updated_at TEXT;
UPDATE sales_milestone SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER sales_milestone_stamp_insert AFTER INSERT ON sales_milestone WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_milestone SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_milestone_stamp_update AFTER UPDATE ON sales_milestone WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_milestone SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE sales_actual ADD COLUMN updated_at TEXT;
UPDATE sales_actual SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER sales_actual_stamp_insert AFTER INSERT ON sales_actual WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_actual SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_actual_stamp_update AFTER UPDATE ON sales_actual WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_actual SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

ALTER TABLE sales_corrective_action ADD COLUMN updated_at TEXT;
UPDATE sales_corrective_action SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE TRIGGER sales_corrective_action_stamp_insert AFTER INSERT ON sales_corrective_action WHEN new.updated_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_corrective_action SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;
CREATE TRIGGER sales_corrective_action_stamp_update AFTER UPDATE ON sales_corrective_action WHEN new.updated_at IS old.updated_at AND NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_corrective_action SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = new.rowid;
END;

CREATE TRIGGER competitor_point_touch_insert AFTER INSERT ON competitor_point WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE competitor SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.competitor_id;
END;
CREATE TRIGGER competitor_point_touch_delete AFTER DELETE ON competitor_point WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE competitor SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.competitor_id;
END;
CREATE TRIGGER competitor_segment_touch_insert AFTER INSERT ON competitor_segment WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE competitor SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.competitor_id;
END;
CREATE TRIGGER competitor_segment_touch_delete AFTER DELETE ON competitor_segment WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE competitor SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.competitor_id;
END;
CREATE TRIGGER score_touch_insert AFTER INSERT ON score WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE competitor SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.competitor_id;
END;
CREATE TRIGGER score_touch_delete AFTER DELETE ON score WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE competitor SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.competitor_id;
END;
CREATE TRIGGER note_competitor_touch_insert AFTER INSERT ON note_competitor WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE research_note SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.note_id;
END;
CREATE TRIGGER note_competitor_touch_delete AFTER DELETE ON note_competitor WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE research_note SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.note_id;
END;
CREATE TRIGGER sales_activity_objective_touch_insert AFTER INSERT ON sales_activity_objective WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_activity SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.activity_id;
END;
CREATE TRIGGER sales_activity_objective_touch_delete AFTER DELETE ON sales_activity_objective WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_activity SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.activity_id;
END;
CREATE TRIGGER sales_activity_schedule_touch_insert AFTER INSERT ON sales_activity_schedule WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_activity SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.activity_id;
END;
CREATE TRIGGER sales_activity_schedule_touch_delete AFTER DELETE ON sales_activity_schedule WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE sales_activity SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.activity_id;
END;
CREATE TRIGGER overlay_event_touch_insert AFTER INSERT ON overlay_event WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE overlay_calendar SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.overlay_id;
END;
CREATE TRIGGER overlay_event_touch_delete AFTER DELETE ON overlay_event WHEN NOT EXISTS (SELECT 1 FROM plan_file_writing) BEGIN
    UPDATE overlay_calendar SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = old.overlay_id;
END;

CREATE TABLE plan_tombstone (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL,
    section    TEXT NOT NULL,
    deleted_at TEXT NOT NULL
);
CREATE INDEX plan_tombstone_by_plan ON plan_tombstone (plan_id);

CREATE TRIGGER segment_tombstone AFTER DELETE ON segment BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'segments', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER segment_untombstone AFTER INSERT ON segment BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER research_note_tombstone AFTER DELETE ON research_note BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'researchNotes', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER research_note_untombstone AFTER INSERT ON research_note BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER competitor_tombstone AFTER DELETE ON competitor BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'competitors', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER competitor_untombstone AFTER INSERT ON competitor BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER criterion_tombstone AFTER DELETE ON criterion BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'criteria', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER criterion_untombstone AFTER INSERT ON criterion BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER swot_item_tombstone AFTER DELETE ON swot_item BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'swot', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER swot_item_untombstone AFTER INSERT ON swot_item BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER channel_tombstone AFTER DELETE ON channel BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'channels', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER channel_untombstone AFTER INSERT ON channel BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER campaign_tombstone AFTER DELETE ON campaign BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'campaigns', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER campaign_untombstone AFTER INSERT ON campaign BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER overlay_calendar_tombstone AFTER DELETE ON overlay_calendar BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'overlays', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER overlay_calendar_untombstone AFTER INSERT ON overlay_calendar BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_plan_tombstone AFTER DELETE ON sales_plan BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesPlans', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = old.plan_id;
END;
CREATE TRIGGER sales_plan_untombstone AFTER INSERT ON sales_plan BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_objective_tombstone AFTER DELETE ON sales_objective BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesObjectives', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_objective_untombstone AFTER INSERT ON sales_objective BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_activity_tombstone AFTER DELETE ON sales_activity BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesActivities', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_activity_untombstone AFTER INSERT ON sales_activity BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_person_tombstone AFTER DELETE ON sales_person BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesPeople', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_person_untombstone AFTER INSERT ON sales_person BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_tool_tombstone AFTER DELETE ON sales_tool BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesTools', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_tool_untombstone AFTER INSERT ON sales_tool BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_milestone_tombstone AFTER DELETE ON sales_milestone BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesMilestones', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_milestone_untombstone AFTER INSERT ON sales_milestone BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_actual_tombstone AFTER DELETE ON sales_actual BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'salesActuals', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_actual_untombstone AFTER INSERT ON sales_actual BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER sales_corrective_action_tombstone AFTER DELETE ON sales_corrective_action BEGIN
    INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)
    SELECT old.id, p.id, 'correctiveActions', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM plan p WHERE p.id = (SELECT plan_id FROM sales_plan WHERE id = old.sales_plan_id);
END;
CREATE TRIGGER sales_corrective_action_untombstone AFTER INSERT ON sales_corrective_action BEGIN
    DELETE FROM plan_tombstone WHERE id = new.id;
END;
CREATE TRIGGER plan_purge_tombstones AFTER DELETE ON plan BEGIN
    DELETE FROM plan_tombstone WHERE plan_id = old.id;
END;

CREATE TABLE plan_revision (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id    TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('export', 'import', 'before-replace', 'before-merge', 'before-restore', 'named')),
    name       TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 120),
    base_id    TEXT,
    created_at TEXT NOT NULL,
    content    BLOB NOT NULL  -- the plan as a gzipped plan file
);
CREATE INDEX plan_revision_by_plan ON plan_revision (plan_id, created_at);
