-- Schema version 6: the language a family's copy of the plan prints in (a language pack code such as
-- "vi"). Empty means the default: the caregivers' preferred language when Homeplan has a pack for it,
-- else English (docs/language-packs.md).

ALTER TABLE family ADD COLUMN plan_language TEXT NOT NULL DEFAULT '';
