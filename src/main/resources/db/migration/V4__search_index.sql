-- Schema version 4: search as you type with one or two letters walks the list index alone.
-- Such searches cannot use the trigram index (it needs three letters), so they walk the families in
-- list order until a screenful matches. The list index now carries the folded names as well: the walk
-- reads about 100 bytes a family instead of the whole family row (about 2 KB with the plan's texts),
-- and 10,000 families answer in about 2 ms instead of 16 (docs/benchmarks.md).

DROP INDEX family_list;
CREATE INDEX family_list ON family(example, child_name COLLATE NOCASE, id, search_text);
