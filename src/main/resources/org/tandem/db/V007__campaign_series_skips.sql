-- Occurrences taken out of a series (edited or moved on their own): ISO dates, comma-separated, sorted.
ALTER TABLE campaign ADD COLUMN repeat_skip TEXT NOT NULL DEFAULT ''
    CHECK (repeat_skip = '' OR repeat_every IS NOT NULL);
