-- One-on-ones: the series row holds the schedule its grain enforces; meetings exist as rows only once something
-- happened to an occurrence (moved, skipped, held, notes written), the rest follow from the schedule.
CREATE TABLE one_on_one_series (
    id                uuid        PRIMARY KEY,
    manager_id        uuid        NOT NULL REFERENCES employees (id),
    report_id         uuid        NOT NULL REFERENCES employees (id),
    cadence           text        NOT NULL CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    weekday           smallint    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    local_time        time        NOT NULL,
    time_zone         text        NOT NULL,
    duration_minutes  integer     NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
    starts_on         date        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    UNIQUE (manager_id, report_id)
);
CREATE INDEX one_on_one_series_report ON one_on_one_series (report_id);

CREATE TABLE one_on_one_meetings (
    series_id        uuid        NOT NULL REFERENCES one_on_one_series (id),
    occurrence_date  date        NOT NULL,
    -- Set when the occurrence was moved away from the time its schedule gives.
    moved_to         timestamptz,
    status           text        NOT NULL CHECK (status IN ('SCHEDULED', 'SKIPPED', 'HELD')),
    held_at          timestamptz,
    shared_notes     text        NOT NULL DEFAULT '',
    notes_version    integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (series_id, occurrence_date)
);
CREATE INDEX one_on_one_meetings_held ON one_on_one_meetings (series_id, held_at DESC) WHERE status = 'HELD';

-- Items belong to the series: an item stays on every meeting from the one it was added for until a held meeting
-- closes it, which is how undiscussed agenda and open action items carry over without being copied.
CREATE TABLE one_on_one_agenda_items (
    id            uuid        PRIMARY KEY,
    series_id     uuid        NOT NULL REFERENCES one_on_one_series (id),
    added_for     date        NOT NULL,
    closed_in     date,
    author_id     uuid        NOT NULL REFERENCES employees (id),
    text          text        NOT NULL,
    position      integer     NOT NULL,
    discussed     boolean     NOT NULL DEFAULT false,
    check_in_id   uuid        UNIQUE,
    created_at    timestamptz NOT NULL
);
CREATE INDEX one_on_one_agenda_open ON one_on_one_agenda_items (series_id, added_for) WHERE closed_in IS NULL;

CREATE TABLE one_on_one_action_items (
    id            uuid        PRIMARY KEY,
    series_id     uuid        NOT NULL REFERENCES one_on_one_series (id),
    created_for   date        NOT NULL,
    owner_id      uuid        NOT NULL REFERENCES employees (id),
    text          text        NOT NULL,
    due_on        date,
    done_at       timestamptz,
    -- The held meeting that saw it done; open items (and those done since the last meeting) have none.
    closed_in     date,
    created_at    timestamptz NOT NULL
);
CREATE INDEX one_on_one_action_items_open ON one_on_one_action_items (series_id) WHERE closed_in IS NULL;
CREATE INDEX one_on_one_action_items_owner ON one_on_one_action_items (owner_id) WHERE done_at IS NULL;

-- Keyed by writer: there is no query that reads another person's row.
CREATE TABLE one_on_one_private_notes (
    series_id        uuid        NOT NULL REFERENCES one_on_one_series (id),
    occurrence_date  date        NOT NULL,
    author_id        uuid        NOT NULL REFERENCES employees (id),
    text             text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (series_id, occurrence_date, author_id)
);

-- Notifications: per-person choices, e-mail delivery claims and the private calendar feed.
CREATE TABLE notification_preferences (
    employee_id               uuid      PRIMARY KEY REFERENCES employees (id),
    email_categories          text[]    NOT NULL,
    one_on_one_reminder_hours integer[] NOT NULL,
    updated_at                timestamptz NOT NULL
);

-- A row claims a notification's e-mail before anything is sent, so two senders never both send it; one that is
-- not wanted is recorded as skipped and never looked at again.
CREATE TABLE notification_emails (
    notification_id  uuid        PRIMARY KEY REFERENCES notifications (id),
    status           text        NOT NULL CHECK (status IN ('SENDING', 'SENT', 'SKIPPED', 'FAILED')),
    claimed_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    error            text
);
CREATE INDEX notifications_recent ON notifications (created_at);
CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL;

CREATE TABLE calendar_feeds (
    employee_id  uuid        PRIMARY KEY REFERENCES employees (id),
    token_hash   bytea       NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL
);

-- Every notification row, whichever feature wrote it, reaches the recipient's open tabs at once (see LiveEvents).
CREATE FUNCTION notify_notification_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('engagement_live', json_build_object(
        'topic', 'notifications:' || NEW.recipient_id,
        'payload', json_build_object('id', NEW.id))::text);
    RETURN NULL;
END $$;
CREATE TRIGGER notification_created AFTER INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION notify_notification_created();
