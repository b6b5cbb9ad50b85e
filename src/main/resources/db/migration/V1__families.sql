-- Homeplan schema, version 1: one family and every part of its plan.
-- Parts are keyed by (family_id, uid): the uid is the part's lasting identity (kept in family files),
-- the family's integer id is what people type on the command line.

CREATE TABLE family (
    id                   INTEGER PRIMARY KEY,
    uid                  TEXT    NOT NULL UNIQUE,
    example              INTEGER NOT NULL DEFAULT 0,
    status               TEXT    NOT NULL DEFAULT 'DRAFT',
    child_name           TEXT    NOT NULL,
    child_preferred_name TEXT    NOT NULL DEFAULT '',
    child_birth_date     TEXT,
    other_attendees      TEXT    NOT NULL DEFAULT '',
    meeting_date         TEXT,
    consent_to_store     INTEGER NOT NULL DEFAULT 0,
    strengths            TEXT    NOT NULL DEFAULT '',
    interests            TEXT    NOT NULL DEFAULT '',
    going_well           TEXT    NOT NULL DEFAULT '',
    concerns             TEXT    NOT NULL DEFAULT '',
    hopes                TEXT    NOT NULL DEFAULT '',
    review_date          TEXT,
    wizard_step          INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    -- caregivers' names joined for the family list, so listing needs no join
    caregiver_names      TEXT    NOT NULL DEFAULT '',
    -- child and caregiver names folded to lower case without accents, for search as you type
    search_text          TEXT    NOT NULL DEFAULT ''
);

-- The family list's order, so a search stops as soon as a screenful of matches is found.
CREATE INDEX family_list ON family(example, child_name COLLATE NOCASE, id);

-- Search as you type: a trigram index over the folded names answers LIKE '%text%' without a scan.
-- Kept in step with family.search_text by the triggers below.
CREATE VIRTUAL TABLE family_search USING fts5(search_text, content='family', content_rowid='id', tokenize='trigram');
CREATE TRIGGER family_search_insert AFTER INSERT ON family BEGIN
    INSERT INTO family_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER family_search_delete AFTER DELETE ON family BEGIN
    INSERT INTO family_search(family_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER family_search_update AFTER UPDATE OF search_text ON family BEGIN
    INSERT INTO family_search(family_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO family_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE caregiver (
    family_id          INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    uid                TEXT    NOT NULL,
    position           INTEGER NOT NULL,
    name               TEXT    NOT NULL DEFAULT '',
    relationship       TEXT    NOT NULL DEFAULT '',
    preferred_language TEXT    NOT NULL DEFAULT '',
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    contact            TEXT    NOT NULL DEFAULT '',
    attended           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (family_id, uid)
);

CREATE TABLE clinician (
    family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    uid        TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL DEFAULT '',
    discipline TEXT    NOT NULL DEFAULT '',
    contact    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (family_id, uid)
);

CREATE TABLE support (
    family_id INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    uid       TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL DEFAULT '',
    kind      TEXT    NOT NULL,
    strength  TEXT    NOT NULL,
    note      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (family_id, uid)
);

CREATE TABLE routine (
    family_id    INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    uid          TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    library_key  TEXT    NOT NULL DEFAULT '',
    name         TEXT    NOT NULL DEFAULT '',
    usual_time   TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    PRIMARY KEY (family_id, uid)
);

CREATE TABLE concern (
    family_id   INTEGER NOT NULL,
    uid         TEXT    NOT NULL,
    routine_uid TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (family_id, uid),
    FOREIGN KEY (family_id, routine_uid) REFERENCES routine(family_id, uid) ON DELETE CASCADE
);
CREATE INDEX concern_routine ON concern(family_id, routine_uid);

CREATE TABLE goal (
    family_id          INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    uid                TEXT    NOT NULL,
    position           INTEGER NOT NULL,
    family_words       TEXT    NOT NULL DEFAULT '',
    outcome            TEXT    NOT NULL DEFAULT '',
    criterion          TEXT    NOT NULL DEFAULT '',
    target_date        TEXT,
    copm_importance    INTEGER CHECK (copm_importance BETWEEN 1 AND 10),
    copm_performance   INTEGER CHECK (copm_performance BETWEEN 1 AND 10),
    copm_satisfaction  INTEGER CHECK (copm_satisfaction BETWEEN 1 AND 10),
    gas_much_less      TEXT    NOT NULL DEFAULT '',
    gas_somewhat_less  TEXT    NOT NULL DEFAULT '',
    gas_expected       TEXT    NOT NULL DEFAULT '',
    gas_somewhat_more  TEXT    NOT NULL DEFAULT '',
    gas_much_more      TEXT    NOT NULL DEFAULT '',
    gas_baseline       INTEGER CHECK (gas_baseline BETWEEN -2 AND 2),
    gas_weight         INTEGER CHECK (gas_weight BETWEEN 0 AND 9),
    source_concern_uid TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (family_id, uid)
);

CREATE TABLE goal_routine (
    family_id   INTEGER NOT NULL,
    goal_uid    TEXT    NOT NULL,
    routine_uid TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (family_id, goal_uid, routine_uid),
    FOREIGN KEY (family_id, goal_uid) REFERENCES goal(family_id, uid) ON DELETE CASCADE,
    FOREIGN KEY (family_id, routine_uid) REFERENCES routine(family_id, uid) ON DELETE CASCADE
);
CREATE INDEX goal_routine_routine ON goal_routine(family_id, routine_uid);

CREATE TABLE strategy (
    family_id   INTEGER NOT NULL,
    uid         TEXT    NOT NULL,
    goal_uid    TEXT    NOT NULL,
    routine_uid TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    what        TEXT    NOT NULL DEFAULT '',
    who         TEXT    NOT NULL DEFAULT '',
    how_often   TEXT    NOT NULL DEFAULT '',
    library_key TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (family_id, uid),
    FOREIGN KEY (family_id, goal_uid) REFERENCES goal(family_id, uid) ON DELETE CASCADE,
    FOREIGN KEY (family_id, routine_uid) REFERENCES routine(family_id, uid) ON DELETE CASCADE
);
CREATE INDEX strategy_goal ON strategy(family_id, goal_uid);
CREATE INDEX strategy_routine ON strategy(family_id, routine_uid);

CREATE TABLE review (
    family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    uid         TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    review_date TEXT    NOT NULL,
    attendees   TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (family_id, uid)
);

CREATE TABLE review_rating (
    family_id      INTEGER NOT NULL,
    review_uid     TEXT    NOT NULL,
    goal_uid       TEXT    NOT NULL,
    position       INTEGER NOT NULL,
    performance    INTEGER CHECK (performance BETWEEN 1 AND 10),
    satisfaction   INTEGER CHECK (satisfaction BETWEEN 1 AND 10),
    gas_attainment INTEGER CHECK (gas_attainment BETWEEN -2 AND 2),
    status         TEXT    NOT NULL,
    notes          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (family_id, review_uid, goal_uid),
    FOREIGN KEY (family_id, review_uid) REFERENCES review(family_id, uid) ON DELETE CASCADE,
    FOREIGN KEY (family_id, goal_uid) REFERENCES goal(family_id, uid) ON DELETE CASCADE
);
CREATE INDEX review_rating_goal ON review_rating(family_id, goal_uid);

-- Small settings kept with the data (window placement lives in user preferences, not here).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
