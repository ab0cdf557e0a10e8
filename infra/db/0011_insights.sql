-- Dashboards read aggregates over periods. Each received kudos row also carries its giver and value (as it already
-- carries its time), so recognition by value and between teams reads one table instead of joining every kudos.
ALTER TABLE kudos_recipients ADD COLUMN giver_id uuid REFERENCES employees (id), ADD COLUMN company_value text;
UPDATE kudos_recipients r SET giver_id = k.giver_id, company_value = k.company_value FROM kudos k WHERE k.id = r.kudos_id;
ALTER TABLE kudos_recipients ALTER COLUMN giver_id SET NOT NULL, ALTER COLUMN company_value SET NOT NULL;

CREATE INDEX check_ins_by_week ON check_ins (week);
CREATE INDEX one_on_one_action_items_open_by_series ON one_on_one_action_items (series_id) WHERE done_at IS NULL;
