-- Schema version 2: a goal's short name, a few words naming it on the fridge tracker and in the printed
-- plan's tables, in the family's words. Empty means not chosen: the plan then uses the goal's first words.
-- (SQLite's V7__goal_short_name.sql.)

ALTER TABLE goal ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
