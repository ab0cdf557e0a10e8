-- People: the read model of the employee grains, credentials, sessions and organisation imports.

CREATE TABLE teams (
    id        uuid PRIMARY KEY,
    name      text NOT NULL,
    -- Teams come from the HRIS export by name; "Sales" and "sales " are one team.
    name_key  text NOT NULL UNIQUE
);

-- Written by each employee grain in the same turn as its state (upsert by id).
CREATE TABLE employees (
    id           uuid        PRIMARY KEY,
    external_id  text,
    email        text        NOT NULL,
    name         text        NOT NULL,
    title        text        NOT NULL,
    team_id      uuid        REFERENCES teams (id),
    -- Denormalised so that search and lists need no join; the grain rewrites it when the team changes.
    team_name    text,
    -- No foreign key: an import writes people in file order, managers possibly after their reports.
    manager_id   uuid,
    time_zone    text        NOT NULL,
    start_date   date,
    active       boolean     NOT NULL,
    is_hr_admin  boolean     NOT NULL,
    updated_at   timestamptz NOT NULL,
    search       tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', name || ' ' || replace(email, '@', ' ') || ' ' || title || ' ' || coalesce(team_name, ''))
    ) STORED
);
CREATE UNIQUE INDEX employees_email ON employees (lower(email));
CREATE INDEX employees_directory ON employees (name, id) WHERE active;
CREATE INDEX employees_manager ON employees (manager_id) WHERE active;
CREATE INDEX employees_team ON employees (team_id) WHERE active;
CREATE INDEX employees_search ON employees USING gin (search);

CREATE TABLE employee_credentials (
    employee_id    uuid        PRIMARY KEY REFERENCES employees (id),
    password_hash  text        NOT NULL,
    must_change    boolean     NOT NULL DEFAULT false,
    updated_at     timestamptz NOT NULL
);

-- The cookie carries a random token; only its SHA-256 is stored, so a leaked table opens no session.
CREATE TABLE sessions (
    token_hash   bytea       PRIMARY KEY,
    employee_id  uuid        NOT NULL REFERENCES employees (id),
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_employee ON sessions (employee_id);

CREATE TABLE org_imports (
    id              uuid        PRIMARY KEY,
    started_by      uuid        REFERENCES employees (id),
    status          text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    csv             text        NOT NULL,
    total_rows      integer     NOT NULL,
    processed_rows  integer     NOT NULL DEFAULT 0,
    created         integer     NOT NULL DEFAULT 0,
    updated         integer     NOT NULL DEFAULT 0,
    unchanged       integer     NOT NULL DEFAULT 0,
    deactivated     integer     NOT NULL DEFAULT 0,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    failure         text
);
-- At most one import runs at a time: two would race to deactivate each other's people.
CREATE UNIQUE INDEX org_imports_one_running ON org_imports ((true)) WHERE status IN ('QUEUED', 'RUNNING');
