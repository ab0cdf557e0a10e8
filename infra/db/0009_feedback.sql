-- Feedback between people, anonymous upward feedback, weekly check-ins and the eNPS pulse.

CREATE TABLE feedback_requests (
    id            uuid        PRIMARY KEY,
    requester_id  uuid        NOT NULL REFERENCES employees (id),
    -- Whose work the feedback is about: the requester, or one of their reports.
    subject_id    uuid        NOT NULL REFERENCES employees (id),
    question      text        NOT NULL,
    created_at    timestamptz NOT NULL,
    due_at        timestamptz NOT NULL
);

CREATE TABLE feedback_request_respondents (
    request_id     uuid        NOT NULL REFERENCES feedback_requests (id),
    respondent_id  uuid        NOT NULL REFERENCES employees (id),
    status         text        NOT NULL CHECK (status IN ('PENDING', 'ANSWERED', 'DECLINED')),
    PRIMARY KEY (request_id, respondent_id)
);
CREATE INDEX feedback_requests_pending ON feedback_request_respondents (respondent_id) WHERE status = 'PENDING';

CREATE TABLE feedback (
    id            uuid        PRIMARY KEY,
    author_id     uuid        NOT NULL REFERENCES employees (id),
    recipient_id  uuid        NOT NULL REFERENCES employees (id),
    request_id    uuid        REFERENCES feedback_requests (id),
    text          text        NOT NULL,
    visibility    text        NOT NULL CHECK (visibility IN ('PRIVATE', 'SHARED_WITH_MANAGER')),
    created_at    timestamptz NOT NULL
);
CREATE INDEX feedback_received ON feedback (recipient_id, created_at DESC);
CREATE INDEX feedback_given ON feedback (author_id, created_at DESC);

-- Anonymous notes to a manager: no author, and only the week they were written in. Notes stay hidden until enough
-- are waiting to be released together as one batch.
CREATE TABLE upward_notes (
    id             uuid    PRIMARY KEY,
    manager_id     uuid    NOT NULL REFERENCES employees (id),
    week           date    NOT NULL,
    text           text    NOT NULL,
    released_week  date
);
CREATE INDEX upward_notes_waiting ON upward_notes (manager_id) WHERE released_week IS NULL;

CREATE TABLE check_ins (
    id            uuid        PRIMARY KEY,
    employee_id   uuid        NOT NULL REFERENCES employees (id),
    week          date        NOT NULL,
    mood          smallint    NOT NULL CHECK (mood BETWEEN 1 AND 5),
    wins          text        NOT NULL,
    blockers      text        NOT NULL,
    priorities    text        NOT NULL,
    submitted_at  timestamptz NOT NULL,
    UNIQUE (employee_id, week)
);

CREATE TABLE check_in_replies (
    id           uuid        PRIMARY KEY,
    check_in_id  uuid        NOT NULL REFERENCES check_ins (id),
    author_id    uuid        NOT NULL REFERENCES employees (id),
    text         text        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX check_in_replies_by_check_in ON check_in_replies (check_in_id, created_at);

-- Once per item and level, claimed in the same transaction as its notification (as for ideas).
CREATE TABLE feedback_escalations (
    kind        text        NOT NULL,
    item_id     uuid        NOT NULL,
    level       integer     NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (kind, item_id, level)
);

CREATE TABLE pulse_settings (
    only_row      boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    cadence_days  integer NOT NULL CHECK (cadence_days BETWEEN 7 AND 90)
);
INSERT INTO pulse_settings (cadence_days) VALUES (30);

CREATE TABLE pulse_rounds (
    id         uuid        PRIMARY KEY,
    question   text        NOT NULL,
    opens_at   timestamptz NOT NULL,
    closes_at  timestamptz NOT NULL
);
-- Who answered (to refuse a second answer) and what was answered live apart, with no link between them.
CREATE TABLE pulse_participants (
    round_id     uuid NOT NULL REFERENCES pulse_rounds (id),
    employee_id  uuid NOT NULL REFERENCES employees (id),
    PRIMARY KEY (round_id, employee_id)
);
CREATE TABLE pulse_answers (
    id        uuid     PRIMARY KEY,
    round_id  uuid     NOT NULL REFERENCES pulse_rounds (id),
    team_id   uuid     REFERENCES teams (id),
    score     smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment   text
);
CREATE INDEX pulse_answers_by_round ON pulse_answers (round_id, team_id);
