-- Every saved version of the company profile, appended by the company grain in the same turn as its state.
-- The grain keeps only the current profile; this table keeps the history (who changed the SLA, and when)
-- and is keyed by version so that replaying a write after a crash records it once.
CREATE TABLE company_profile_changes (
    version     integer     PRIMARY KEY,
    changed_at  timestamptz NOT NULL,
    profile     jsonb       NOT NULL
);
