-- Sales plans, worked through the six steps. Figures are REAL: targets mix money (in major units of the
-- plan's currency), counts and percentages; rates are shares 0..1. Dates ISO text, both ends included.

CREATE TABLE sales_plan (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    plan_id          TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name             TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    start_date       TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date         TEXT NOT NULL CHECK (date(end_date) = end_date AND end_date >= start_date),
    step             INTEGER NOT NULL DEFAULT 1 CHECK (step BETWEEN 1 AND 6),
    segments_text    TEXT NOT NULL DEFAULT '',
    pricing          TEXT NOT NULL DEFAULT '',
    retention        TEXT NOT NULL DEFAULT '',
    deal_size        REAL CHECK (deal_size IS NULL OR deal_size >= 0),
    conversion_rate  REAL CHECK (conversion_rate IS NULL OR conversion_rate BETWEEN 0 AND 1),
    sales_budget     REAL CHECK (sales_budget IS NULL OR sales_budget >= 0),
    marketing_budget REAL CHECK (marketing_budget IS NULL OR marketing_budget >= 0),
    on_track         REAL NOT NULL DEFAULT 0.95 CHECK (on_track BETWEEN 0 AND 1),
    at_risk          REAL NOT NULL DEFAULT 0.80 CHECK (at_risk BETWEEN 0 AND 1 AND at_risk <= on_track),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX sales_plan_by_plan ON sales_plan (plan_id, start_date);

CREATE TABLE sales_objective (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    metric         TEXT NOT NULL CHECK (metric IN ('revenue', 'deals_closed', 'new_customers', 'conversion_rate',
                                                   'average_deal_size', 'sales_growth', 'retention_rate')),
    target         REAL CHECK (target IS NULL OR target >= 0 OR metric = 'sales_growth'),
    baseline       REAL CHECK (baseline IS NULL OR baseline >= 0 OR metric = 'sales_growth'),
    owner          TEXT NOT NULL DEFAULT '',
    segment_id     TEXT REFERENCES segment (id) ON DELETE SET NULL,
    priority       TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
    position       INTEGER NOT NULL DEFAULT 0,
    CHECK (metric NOT IN ('conversion_rate', 'retention_rate') OR (coalesce(target, 0) <= 100 AND coalesce(baseline, 0) <= 100))
);
CREATE INDEX sales_objective_by_plan ON sales_objective (sales_plan_id, position);

CREATE TABLE sales_activity (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL DEFAULT '',
    volume         REAL NOT NULL DEFAULT 0 CHECK (volume >= 0),
    cadence        TEXT NOT NULL DEFAULT 'per_week' CHECK (cadence IN ('per_week', 'per_month', 'per_period')),
    hours_per_unit REAL NOT NULL DEFAULT 0 CHECK (hours_per_unit >= 0),
    cost_per_unit  REAL NOT NULL DEFAULT 0 CHECK (cost_per_unit >= 0),
    rate           REAL CHECK (rate IS NULL OR rate BETWEEN 0 AND 1),
    owner          TEXT NOT NULL DEFAULT '',
    segment_id     TEXT REFERENCES segment (id) ON DELETE SET NULL,
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sales_activity_by_plan ON sales_activity (sales_plan_id, position);

CREATE TABLE sales_activity_objective (
    activity_id  TEXT NOT NULL REFERENCES sales_activity (id) ON DELETE CASCADE,
    objective_id TEXT NOT NULL REFERENCES sales_objective (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, objective_id)
);

-- The calendar items an activity was scheduled as: scheduling again updates these instead of adding more.
CREATE TABLE sales_activity_schedule (
    activity_id  TEXT NOT NULL REFERENCES sales_activity (id) ON DELETE CASCADE,
    campaign_id  TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, campaign_id)
);

CREATE TABLE sales_person (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT 'sales' CHECK (role IN ('marketing', 'sales', 'both')),
    hours_per_week REAL NOT NULL DEFAULT 0 CHECK (hours_per_week BETWEEN 0 AND 168),
    position       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sales_tool (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    cost           REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),
    position       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sales_milestone (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    due            TEXT CHECK (due IS NULL OR date(due) = due),
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    position       INTEGER NOT NULL DEFAULT 0
);

-- One figure measured on a day: an objective's metric, an activity volume done, or a funnel count.
CREATE TABLE sales_actual (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    day            TEXT NOT NULL CHECK (date(day) = day),
    measure        TEXT NOT NULL,
    value          REAL NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sales_actual_by_plan ON sales_actual (sales_plan_id, measure, day);

CREATE TABLE sales_corrective_action (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    what           TEXT NOT NULL,
    owner          TEXT NOT NULL DEFAULT '',
    due            TEXT CHECK (due IS NULL OR date(due) = due),
    objective_id   TEXT REFERENCES sales_objective (id) ON DELETE SET NULL,
    outcome        TEXT NOT NULL DEFAULT '',
    position       INTEGER NOT NULL DEFAULT 0
);
