-- Deleting a family removes its names from the search index at once. FTS5 normally only records
-- that a row was deleted and keeps its trigrams (pieces of the child's and caregivers' names) in
-- the index until a later merge; 'secure-delete' removes them, and secure_delete then overwrites
-- the freed space. 'rebuild' makes the index again from the families that are here, so the names of
-- families deleted before this update are gone from it too.
INSERT INTO family_search(family_search, rank) VALUES ('secure-delete', 1);
INSERT INTO family_search(family_search) VALUES ('rebuild');
