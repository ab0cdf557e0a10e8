-- E-mail is sent at least once: a claim that never finished (its host died mid-send) or a failed send is tried again.
ALTER TABLE notification_emails ADD COLUMN attempts integer NOT NULL DEFAULT 1;
CREATE INDEX notification_emails_to_retry ON notification_emails (claimed_at) WHERE status IN ('SENDING', 'FAILED');
