-- Anonymous answers are kept where nobody with the database can tie them to who gave them: not by a shared
-- transaction id (xmin), a physical position (ctid), a timestamp, a sequence or an id.

-- A pulse answer waits sealed (encrypted with a key only the hosts hold) beside its participation record, and is
-- released in plain form only when its round has closed: all of a round's answers in one transaction, shuffled.
CREATE TABLE pulse_ballots (
    id        uuid  PRIMARY KEY,
    round_id  uuid  NOT NULL REFERENCES pulse_rounds (id),
    sealed    bytea NOT NULL
);
CREATE INDEX pulse_ballots_by_round ON pulse_ballots (round_id);
ALTER TABLE pulse_rounds ADD COLUMN released boolean NOT NULL DEFAULT false;
UPDATE pulse_rounds SET released = closes_at <= now();

-- Answers written before this migration shared a transaction with their participation row: rewrite them all in
-- this one, in random order.
CREATE TEMPORARY TABLE pulse_answers_shuffled ON COMMIT DROP AS SELECT round_id, team_id, score, comment FROM pulse_answers;
DELETE FROM pulse_answers;
INSERT INTO pulse_answers (id, round_id, team_id, score, comment)
SELECT gen_random_uuid(), round_id, team_id, score, comment FROM pulse_answers_shuffled ORDER BY random();

-- Upward notes: who has a note waiting for a manager (to count different people), and the waiting notes sealed.
-- A batch is opened and written in plain form, shuffled, once notes from enough different people wait; then the
-- record of who was waiting goes. A released note keeps only the week of its batch, not the week it was written.
CREATE TABLE upward_note_senders (
    manager_id   uuid NOT NULL REFERENCES employees (id),
    employee_id  uuid NOT NULL REFERENCES employees (id),
    PRIMARY KEY (manager_id, employee_id)
);
CREATE TABLE upward_note_envelopes (
    id          uuid  PRIMARY KEY,
    manager_id  uuid  NOT NULL REFERENCES employees (id),
    sealed      bytea NOT NULL
);
CREATE INDEX upward_note_envelopes_by_manager ON upward_note_envelopes (manager_id);

CREATE TEMPORARY TABLE upward_notes_shuffled ON COMMIT DROP AS SELECT manager_id, text, released_week FROM upward_notes;
DELETE FROM upward_notes;
ALTER TABLE upward_notes DROP COLUMN week;
-- Notes still waiting from before were written in plain form by people nobody recorded: they go out with the next batch.
INSERT INTO upward_notes (id, manager_id, text, released_week)
SELECT gen_random_uuid(), manager_id, text, released_week FROM upward_notes_shuffled ORDER BY random();
