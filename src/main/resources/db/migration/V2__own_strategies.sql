-- Schema version 2: strategies clinicians add to Homeplan's library, for use with every family.
-- A plan copies a strategy's words into its own strategy rows, so removing one here changes no plan.

CREATE TABLE own_strategy (
    uid          TEXT PRIMARY KEY,
    area         TEXT NOT NULL,
    -- library routine keys it fits, comma-separated; empty = any routine
    routine_keys TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
