-- Dashboards read aggregates over periods: check-ins by week, 1:1 series by report.
CREATE INDEX check_ins_by_week ON check_ins (week);
CREATE INDEX one_on_one_action_items_open_by_series ON one_on_one_action_items (series_id) WHERE done_at IS NULL;
