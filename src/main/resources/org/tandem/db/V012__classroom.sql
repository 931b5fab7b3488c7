-- Classroom (issue 16). A plan made from the bundled sample can be reset to it before a class: from_sample
-- marks it (plans named like the sample are taken to be one). A plan handed out as an exercise, and the plan a
-- student makes from it, carry the exercise's id and its task; they travel in plan files, so a student's file
-- says which exercise it answers.
ALTER TABLE plan ADD COLUMN from_sample INTEGER NOT NULL DEFAULT 0 CHECK (from_sample IN (0, 1));
UPDATE plan SET from_sample = 1 WHERE name LIKE '%(sample)%';
ALTER TABLE plan ADD COLUMN exercise_id TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN exercise_task TEXT NOT NULL DEFAULT '';
