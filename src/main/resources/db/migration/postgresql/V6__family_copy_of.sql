-- Schema version 6: a family imported as a copy of one that was already here keeps the uid of that
-- family, so the home list can mark it "Imported copy". Empty for every original family.
-- (SQLite's V10__family_copy_of.sql.)

ALTER TABLE family ADD COLUMN copy_of TEXT NOT NULL DEFAULT '';
