-- Issue 10: the start panels' "reports awaiting acknowledgement" (S4 first, then oldest first,
-- 25 lines) walk this index in the panel's order and stop after 25 of the area's or responsible
-- person's reports, instead of sorting every submitted report of the area.
create index if not exists status_report_awaiting_idx on status_report (duty_to_notify desc, submitted_at, id)
    where status = 'SUBMITTED';
