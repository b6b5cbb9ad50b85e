-- Schema version 9: whether a family's copy prints English after each part of the plan's language
-- (for childcare staff and other carers who read English), as chosen at export. 0: the plan's
-- language only (docs/language-packs.md).

ALTER TABLE family ADD COLUMN plan_bilingual INTEGER NOT NULL DEFAULT 0;
