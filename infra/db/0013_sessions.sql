-- Sessions end when idle, and a session opened with a temporary password may only change it.
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz;
UPDATE sessions SET last_seen_at = created_at;
ALTER TABLE sessions ALTER COLUMN last_seen_at SET NOT NULL;
ALTER TABLE sessions ADD COLUMN password_change_only boolean NOT NULL DEFAULT false;

-- Every temporary password HR hands out: who, for whom, when. Never the password.
CREATE TABLE temporary_passwords_issued (
    id          uuid        PRIMARY KEY,
    issued_by   uuid        NOT NULL REFERENCES employees (id),
    issued_to   uuid        NOT NULL REFERENCES employees (id),
    issued_at   timestamptz NOT NULL
);
CREATE INDEX temporary_passwords_issued_to ON temporary_passwords_issued (issued_to, issued_at DESC);
