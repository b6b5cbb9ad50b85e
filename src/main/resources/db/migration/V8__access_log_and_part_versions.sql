-- Schema version 8 (clinic mode, issue 17): a record of access, and a version on every part of a family.
-- * access_log: every open, print or PDF, family-file export, import, review and delete of a family, with
--   when (ISO-8601, UTC), who (this computer's user name; on PostgreSQL the login), what and an optional
--   purpose (US Part C asks for who, when and for what purpose: 34 CFR 303.406). Entries are only ever
--   added: the triggers refuse changing or removing one. No foreign key: a deleted family's entries stay.
-- * version: counts the saves of each part (the family's own details, each caregiver, routine, goal ...),
--   so a save that would overwrite someone else's newer change is refused rather than made (PostgreSQL,
--   where several clinicians share one database; on a data file only one Homeplan writes at a time).

CREATE TABLE access_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    who       TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    family_id INTEGER NOT NULL,
    purpose   TEXT
);
CREATE INDEX access_log_family ON access_log(family_id, id);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN
    SELECT RAISE(ABORT, 'The record of access can only be added to.');
END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN
    SELECT RAISE(ABORT, 'The record of access can only be added to.');
END;

ALTER TABLE family ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE caregiver ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clinician ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE support ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE routine ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE concern ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE goal ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE strategy ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE review ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
