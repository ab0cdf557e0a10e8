-- Recognition: every kudos is a row, and its points are the giver's debit; balances are sums over these rows,
-- so the books balance by construction and a retried request (same idempotency key) finds its first row.

CREATE TABLE kudos (
    id               uuid        PRIMARY KEY,
    giver_id         uuid        NOT NULL REFERENCES employees (id),
    idempotency_key  text        NOT NULL,
    company_value    text        NOT NULL,
    message          text        NOT NULL,
    -- Points each recipient receives; the giver is debited points × recipients.
    points           integer     NOT NULL CHECK (points >= 0),
    recipient_count  integer     NOT NULL CHECK (recipient_count > 0),
    created_at       timestamptz NOT NULL,
    UNIQUE (giver_id, idempotency_key)
);
CREATE INDEX kudos_feed ON kudos (created_at DESC, id DESC);
CREATE INDEX kudos_given ON kudos (giver_id, created_at DESC, id DESC);

CREATE TABLE kudos_recipients (
    kudos_id      uuid        NOT NULL REFERENCES kudos (id),
    recipient_id  uuid        NOT NULL REFERENCES employees (id),
    -- Copied from the kudos so received feeds and leaderboards read one index.
    created_at    timestamptz NOT NULL,
    points        integer     NOT NULL,
    PRIMARY KEY (kudos_id, recipient_id)
);
CREATE INDEX kudos_received ON kudos_recipients (recipient_id, created_at DESC, kudos_id DESC);
CREATE INDEX kudos_recipients_period ON kudos_recipients (created_at);

CREATE TABLE kudos_reactions (
    kudos_id     uuid        NOT NULL REFERENCES kudos (id),
    employee_id  uuid        NOT NULL REFERENCES employees (id),
    emoji        text        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (kudos_id, employee_id, emoji)
);

CREATE TABLE kudos_comments (
    id          uuid        PRIMARY KEY,
    kudos_id    uuid        NOT NULL REFERENCES kudos (id),
    author_id   uuid        NOT NULL REFERENCES employees (id),
    text        text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX kudos_comments_by_kudos ON kudos_comments (kudos_id, created_at);

-- In-app notifications; each effect carries a key of its own so a retried producer never notifies twice.
CREATE TABLE notifications (
    id            uuid        PRIMARY KEY,
    recipient_id  uuid        NOT NULL REFERENCES employees (id),
    kind          text        NOT NULL,
    dedup_key     text        NOT NULL UNIQUE,
    payload       jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    read_at       timestamptz
);
CREATE INDEX notifications_inbox ON notifications (recipient_id, created_at DESC);
