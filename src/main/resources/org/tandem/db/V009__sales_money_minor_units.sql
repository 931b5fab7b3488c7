-- Money in sales plans as integer minor units of the plan's currency, as campaigns keep it (REAL lost
-- cents: 540.5 read back as 540, NaN became NULL, Infinity a target). Counts and percentages stay REAL.
-- Amounts are rounded half to even; a stored amount that is not a finite number below 10^15 minor
-- units becomes empty (or 0 where an amount is required).

-- Minor units per major unit for each sales plan: 10^digits of its plan's currency (java.util.Currency).
CREATE TEMP TABLE sales_plan_factor AS
SELECT s.id AS sales_plan_id,
       CASE
           WHEN upper(p.currency) IN ('ADP', 'BEF', 'BIF', 'BYB', 'BYR', 'CLP', 'DJF', 'ESP', 'GNF', 'GRD', 'ISK', 'ITL', 'JPY',
                                      'KMF', 'KRW', 'LUF', 'MGF', 'PTE', 'PYG', 'ROL', 'RWF', 'TPE', 'TRL', 'UGX', 'UYI', 'VND',
                                      'VUV', 'XAF', 'XOF', 'XPF', 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XFO', 'XFU',
                                      'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX') THEN 1
           WHEN upper(p.currency) IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN 1000
           WHEN upper(p.currency) = 'CLF' THEN 10000
           ELSE 100
       END AS factor
FROM sales_plan s JOIN plan p ON p.id = s.plan_id;

-- An amount in major units times the factor, to do the rounding on.
CREATE TEMP TABLE amount (owner TEXT NOT NULL, col TEXT NOT NULL, scaled REAL, PRIMARY KEY (owner, col));

-- sales_plan: deal size and budgets
INSERT INTO amount SELECT s.id, 'deal_size', s.deal_size * f.factor FROM sales_plan s JOIN sales_plan_factor f ON f.sales_plan_id = s.id;
INSERT INTO amount SELECT s.id, 'sales_budget', s.sales_budget * f.factor FROM sales_plan s JOIN sales_plan_factor f ON f.sales_plan_id = s.id;
INSERT INTO amount SELECT s.id, 'marketing_budget', s.marketing_budget * f.factor FROM sales_plan s JOIN sales_plan_factor f ON f.sales_plan_id = s.id;
-- objectives measured in money
INSERT INTO amount SELECT o.id, 'target', o.target * f.factor FROM sales_objective o JOIN sales_plan_factor f ON f.sales_plan_id = o.sales_plan_id
    WHERE o.metric IN ('revenue', 'average_deal_size');
INSERT INTO amount SELECT o.id, 'baseline', o.baseline * f.factor FROM sales_objective o JOIN sales_plan_factor f ON f.sales_plan_id = o.sales_plan_id
    WHERE o.metric IN ('revenue', 'average_deal_size');
-- costs
INSERT INTO amount SELECT a.id, 'cost_per_unit', a.cost_per_unit * f.factor FROM sales_activity a JOIN sales_plan_factor f ON f.sales_plan_id = a.sales_plan_id;
INSERT INTO amount SELECT t.id, 'cost', t.cost * f.factor FROM sales_tool t JOIN sales_plan_factor f ON f.sales_plan_id = t.sales_plan_id;
-- actuals measured in money
INSERT INTO amount SELECT a.id, 'value', a.value * f.factor FROM sales_actual a JOIN sales_plan_factor f ON f.sales_plan_id = a.sales_plan_id
    WHERE a.measure IN ('revenue', 'average_deal_size');

-- Rounded half to even; not finite (NaN is already NULL in SQLite) or absurd becomes NULL.
CREATE TEMP TABLE minor (owner TEXT NOT NULL, col TEXT NOT NULL, units INTEGER, PRIMARY KEY (owner, col));
INSERT INTO minor
SELECT owner, col,
       CASE
           WHEN scaled IS NULL OR abs(scaled) >= 1e15 THEN NULL
           WHEN abs(scaled - CAST(scaled AS INTEGER)) = 0.5 AND CAST(scaled AS INTEGER) % 2 = 0 THEN CAST(scaled AS INTEGER)
           ELSE CAST(round(scaled) AS INTEGER)
       END
FROM amount;

ALTER TABLE sales_plan ADD COLUMN deal_size_minor INTEGER CHECK (deal_size_minor IS NULL OR deal_size_minor >= 0);
ALTER TABLE sales_plan ADD COLUMN sales_budget_minor INTEGER CHECK (sales_budget_minor IS NULL OR sales_budget_minor >= 0);
ALTER TABLE sales_plan ADD COLUMN marketing_budget_minor INTEGER CHECK (marketing_budget_minor IS NULL OR marketing_budget_minor >= 0);
UPDATE sales_plan SET
    deal_size_minor = (SELECT units FROM minor WHERE owner = sales_plan.id AND col = 'deal_size'),
    sales_budget_minor = (SELECT units FROM minor WHERE owner = sales_plan.id AND col = 'sales_budget'),
    marketing_budget_minor = (SELECT units FROM minor WHERE owner = sales_plan.id AND col = 'marketing_budget');
ALTER TABLE sales_plan DROP COLUMN deal_size;
ALTER TABLE sales_plan DROP COLUMN sales_budget;
ALTER TABLE sales_plan DROP COLUMN marketing_budget;

-- An objective measured in money keeps its target and baseline in the *_minor columns, others in target and baseline.
ALTER TABLE sales_objective ADD COLUMN target_minor INTEGER CHECK (target_minor IS NULL OR target_minor >= 0);
ALTER TABLE sales_objective ADD COLUMN baseline_minor INTEGER CHECK (baseline_minor IS NULL OR baseline_minor >= 0);
UPDATE sales_objective SET
    target_minor = (SELECT units FROM minor WHERE owner = sales_objective.id AND col = 'target'),
    baseline_minor = (SELECT units FROM minor WHERE owner = sales_objective.id AND col = 'baseline'),
    target = NULL,
    baseline = NULL
WHERE metric IN ('revenue', 'average_deal_size');

ALTER TABLE sales_activity ADD COLUMN cost_per_unit_minor INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_unit_minor >= 0);
UPDATE sales_activity SET cost_per_unit_minor = coalesce((SELECT units FROM minor WHERE owner = sales_activity.id AND col = 'cost_per_unit'), 0);
ALTER TABLE sales_activity DROP COLUMN cost_per_unit;

ALTER TABLE sales_tool ADD COLUMN cost_minor INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0);
UPDATE sales_tool SET cost_minor = coalesce((SELECT units FROM minor WHERE owner = sales_tool.id AND col = 'cost'), 0);
ALTER TABLE sales_tool DROP COLUMN cost;

-- An actual is a count (value) or an amount (value_minor), never both; nothing refers to actuals, so the table is rebuilt.
CREATE TABLE sales_actual_new (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sales_plan_id  TEXT NOT NULL REFERENCES sales_plan (id) ON DELETE CASCADE,
    day            TEXT NOT NULL CHECK (date(day) = day),
    measure        TEXT NOT NULL,
    value          REAL,
    value_minor    INTEGER,
    position       INTEGER NOT NULL DEFAULT 0,
    CHECK ((value IS NULL) <> (value_minor IS NULL))
);
INSERT INTO sales_actual_new (id, sales_plan_id, day, measure, value, value_minor, position)
SELECT a.id, a.sales_plan_id, a.day, a.measure,
       CASE WHEN a.measure IN ('revenue', 'average_deal_size') THEN NULL ELSE coalesce(a.value, 0) END,
       CASE WHEN a.measure IN ('revenue', 'average_deal_size')
            THEN coalesce((SELECT units FROM minor WHERE owner = a.id AND col = 'value'), 0) END,
       a.position
FROM sales_actual a;
DROP TABLE sales_actual;
ALTER TABLE sales_actual_new RENAME TO sales_actual;
CREATE INDEX sales_actual_by_plan ON sales_actual (sales_plan_id, measure, day);

DROP TABLE minor;
DROP TABLE amount;
DROP TABLE sales_plan_factor;
