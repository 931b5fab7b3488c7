-- What the app remembers between runs: last opened plan, window bounds, theme.
CREATE TABLE app_setting (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
