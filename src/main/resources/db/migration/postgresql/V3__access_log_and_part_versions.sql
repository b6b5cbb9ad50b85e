-- PostgreSQL schema version 3 (SQLite's version 8): a record of access, and a version on every part of a
-- family (see ../V8__access_log_and_part_versions.sql for what they are for).
-- Here the server, not the app, says who and when: a trigger sets both on every new entry from the login
-- (session_user) and the server's clock, so no one can write an entry in another's name or at another
-- time. Clinicians' logins may only INSERT into the table (granted by "clinic add-clinician"); they read
-- it through access_log_entries(), which runs with its owner's rights and only reads.

CREATE TABLE access_log (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        TEXT   NOT NULL,
    who       TEXT   NOT NULL,
    action    TEXT   NOT NULL,
    family_id BIGINT NOT NULL,
    purpose   TEXT
);
CREATE INDEX access_log_family ON access_log(family_id, id);

CREATE FUNCTION access_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := session_user;
    NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    RETURN NEW;
END;
$$;
CREATE TRIGGER access_log_stamp BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_stamp();

CREATE FUNCTION access_log_no_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The record of access can only be added to.' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_no_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_no_change();

CREATE FUNCTION access_log_entries(for_family BIGINT)
    RETURNS TABLE (at TEXT, who TEXT, action TEXT, family_id BIGINT, purpose TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT l.at, l.who, l.action, l.family_id, l.purpose FROM access_log l
    WHERE for_family IS NULL OR l.family_id = for_family ORDER BY l.id
$$;
REVOKE ALL ON FUNCTION access_log_entries(BIGINT) FROM PUBLIC;

ALTER TABLE family ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE caregiver ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clinician ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE support ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE routine ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE concern ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE goal ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE strategy ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE review ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
