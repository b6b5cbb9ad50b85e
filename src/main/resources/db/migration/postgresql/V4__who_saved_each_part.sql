-- PostgreSQL schema version 4 (clinic mode, issue 17): who last saved each part of a family, and when.
-- When a save is refused because someone else changed a part meanwhile, the screen that lets the person
-- choose says whose change it is and when it was made ("Saved by Anna Nguyen at 10:42"). As with the
-- record of access, the server sets both (the login and its clock), only when the part itself is saved
-- (its version counts up); an autosave that only stamps the family's save time leaves them alone.
-- A data file has one writer at a time, so SQLite's schema has no such columns.

CREATE FUNCTION part_saved_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.version IS DISTINCT FROM OLD.version THEN
        NEW.saved_by := session_user;
        NEW.saved_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    END IF;
    RETURN NEW;
END;
$$;

ALTER TABLE family ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE caregiver ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE clinician ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE support ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE routine ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE concern ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE goal ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE strategy ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;
ALTER TABLE review ADD COLUMN saved_by TEXT, ADD COLUMN saved_at TEXT;

CREATE TRIGGER family_saved BEFORE INSERT OR UPDATE ON family FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER caregiver_saved BEFORE INSERT OR UPDATE ON caregiver FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER clinician_saved BEFORE INSERT OR UPDATE ON clinician FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER support_saved BEFORE INSERT OR UPDATE ON support FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER routine_saved BEFORE INSERT OR UPDATE ON routine FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER concern_saved BEFORE INSERT OR UPDATE ON concern FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER goal_saved BEFORE INSERT OR UPDATE ON goal FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER strategy_saved BEFORE INSERT OR UPDATE ON strategy FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
CREATE TRIGGER review_saved BEFORE INSERT OR UPDATE ON review FOR EACH ROW EXECUTE FUNCTION part_saved_stamp();
