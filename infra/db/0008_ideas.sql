-- Improvement ideas. An anonymous idea has no author column value and no mapping anywhere: only the SHA-256 of
-- a follow token that was handed to its author alone.

CREATE TABLE ideas (
    id                 uuid        PRIMARY KEY,
    title              text        NOT NULL,
    problem            text        NOT NULL,
    proposal           text        NOT NULL,
    category           text        NOT NULL,
    author_id          uuid        REFERENCES employees (id),
    follow_token_hash  bytea       UNIQUE,
    -- The author's team when it was submitted; null for anonymous ideas, whose team would narrow down the author.
    team_id            uuid        REFERENCES teams (id),
    -- Who answers: the author's manager by default; null means the HR admins (anonymous ideas).
    owner_id           uuid        REFERENCES employees (id),
    status             text        NOT NULL CHECK (status IN ('NEW', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'MERGED')),
    merged_into        uuid        REFERENCES ideas (id),
    vote_count         integer     NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    answer_due_at      timestamptz NOT NULL,
    first_response_at  timestamptz,
    updated_at         timestamptz NOT NULL,
    search             tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', problem || ' ' || proposal), 'B')
    ) STORED,
    CHECK ((author_id IS NULL) = (follow_token_hash IS NOT NULL))
);
CREATE INDEX ideas_newest ON ideas (created_at DESC, id DESC);
CREATE INDEX ideas_awaiting_answer ON ideas (answer_due_at) WHERE first_response_at IS NULL AND status = 'NEW';
CREATE INDEX ideas_owner ON ideas (owner_id) WHERE first_response_at IS NULL;
CREATE INDEX ideas_search ON ideas USING gin (search);

CREATE TABLE idea_votes (
    idea_id      uuid        NOT NULL REFERENCES ideas (id),
    employee_id  uuid        NOT NULL REFERENCES employees (id),
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (idea_id, employee_id)
);
CREATE INDEX idea_votes_recent ON idea_votes (created_at);

CREATE TABLE idea_followers (
    idea_id      uuid NOT NULL REFERENCES ideas (id),
    employee_id  uuid NOT NULL REFERENCES employees (id),
    PRIMARY KEY (idea_id, employee_id)
);

-- The status timeline: every transition with its written response.
CREATE TABLE idea_responses (
    id           uuid        PRIMARY KEY,
    idea_id      uuid        NOT NULL REFERENCES ideas (id),
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    response     text        NOT NULL,
    responder_id uuid        NOT NULL REFERENCES employees (id),
    created_at   timestamptz NOT NULL
);
CREATE INDEX idea_responses_by_idea ON idea_responses (idea_id, created_at);

CREATE TABLE idea_comments (
    id          uuid        PRIMARY KEY,
    idea_id     uuid        NOT NULL REFERENCES ideas (id),
    author_id   uuid        NOT NULL REFERENCES employees (id),
    text        text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX idea_comments_by_idea ON idea_comments (idea_id, created_at);

-- One row per idea and level: the escalation job claims the row before it notifies, so re-runs and two servers
-- never escalate twice.
CREATE TABLE idea_escalations (
    idea_id        uuid        NOT NULL REFERENCES ideas (id),
    level          integer     NOT NULL,
    escalated_to   uuid        REFERENCES employees (id),
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (idea_id, level)
);
