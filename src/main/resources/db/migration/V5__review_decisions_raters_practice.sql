-- Schema version 5: progress reviews record only what was said.
-- * A goal's decision at a review may be "not decided yet" (status NULL), never filled in for the family.
-- * Each rating records who gave it (rated_by: FAMILY, CLINICIAN or TOGETHER; NULL = not recorded) and,
--   when family and clinician rated apart, the other's GAS level (other_gas_attainment).
-- * Goals carry the date they were added (created_on), so an older review does not count a later goal
--   as "not rated". Existing goals get the plan's creation date, or its meeting or first review date
--   when one of those is earlier (a family imported from a file).
-- * review_practice: the ticks from the returned fridge tracker pages, per goal, routine and week.

CREATE TABLE review_rating_v5 (
    family_id            INTEGER NOT NULL,
    review_uid           TEXT    NOT NULL,
    goal_uid             TEXT    NOT NULL,
    position             INTEGER NOT NULL,
    performance          INTEGER CHECK (performance BETWEEN 1 AND 10),
    satisfaction         INTEGER CHECK (satisfaction BETWEEN 1 AND 10),
    gas_attainment       INTEGER CHECK (gas_attainment BETWEEN -2 AND 2),
    status               TEXT,
    notes                TEXT    NOT NULL DEFAULT '',
    rated_by             TEXT,
    other_gas_attainment INTEGER CHECK (other_gas_attainment BETWEEN -2 AND 2),
    PRIMARY KEY (family_id, review_uid, goal_uid),
    FOREIGN KEY (family_id, review_uid) REFERENCES review(family_id, uid) ON DELETE CASCADE,
    FOREIGN KEY (family_id, goal_uid) REFERENCES goal(family_id, uid) ON DELETE CASCADE
);
INSERT INTO review_rating_v5 (family_id, review_uid, goal_uid, position, performance, satisfaction, gas_attainment,
                              status, notes)
    SELECT family_id, review_uid, goal_uid, position, performance, satisfaction, gas_attainment, status, notes
    FROM review_rating;
DROP TABLE review_rating;
ALTER TABLE review_rating_v5 RENAME TO review_rating;
CREATE INDEX review_rating_goal ON review_rating(family_id, goal_uid);

ALTER TABLE goal ADD COLUMN created_on TEXT;
UPDATE goal SET created_on = (
    SELECT min(substr(f.created_at, 1, 10),
               coalesce(f.meeting_date, '9999-12-31'),
               coalesce((SELECT min(r.review_date) FROM review r WHERE r.family_id = f.id), '9999-12-31'))
    FROM family f WHERE f.id = goal.family_id);

CREATE TABLE review_practice (
    family_id   INTEGER NOT NULL,
    review_uid  TEXT    NOT NULL,
    goal_uid    TEXT    NOT NULL,
    routine_uid TEXT    NOT NULL,
    week        INTEGER NOT NULL CHECK (week BETWEEN 1 AND 12),
    days        INTEGER NOT NULL CHECK (days BETWEEN 0 AND 7),
    PRIMARY KEY (family_id, review_uid, goal_uid, routine_uid, week),
    FOREIGN KEY (family_id, review_uid) REFERENCES review(family_id, uid) ON DELETE CASCADE,
    FOREIGN KEY (family_id, goal_uid) REFERENCES goal(family_id, uid) ON DELETE CASCADE,
    FOREIGN KEY (family_id, routine_uid) REFERENCES routine(family_id, uid) ON DELETE CASCADE
);
