-- Schema version 10: a family imported as a copy of one that was already here keeps the uid of that
-- family, so the home list can mark it "Imported copy". Empty for every original family.

ALTER TABLE family ADD COLUMN copy_of TEXT NOT NULL DEFAULT '';
