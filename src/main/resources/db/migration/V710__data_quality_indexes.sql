-- Issue 10/13: the coordinator's data-quality page scanned the whole area (or every client and mentor)
-- on each view: 0.3-1 s per list at ten times national scale. Each list now reads its first rows in
-- the list's own order from an index, and stops there; its total comes from the insight refresh job
-- (insight_quality_count below), never from a count per view.
-- "Missing" sorts first in each list, so the indexes are on coalesce(date, '-infinity'): "missing or
-- before X" is then one index range.

-- LS/RNR assessments too old (or missing), oldest first; each client probed for an open course of the area.
create index client_assessment_order_idx on client ((coalesce(current_assessment_date, '-infinity'::date)), id);
-- Inmates without a valid expected release date: only the area's inmates with a missing or passed date are read.
create index client_inmate_release_idx on client (area_id, (coalesce(expected_release_date, '-infinity'::date)), id)
    where custody_status = 'INMATE';
-- Mentors whose criminal-register check is missing or expired, oldest first; each probed for an active course.
create index mentor_record_checked_order_idx on mentor ((coalesce(record_checked_on, '-infinity'::date)), id);
-- Open courses without a responsible person, and the (few) disabled users whose open courses are listed.
create index mentor_course_without_responsible_idx on mentor_course (area_id, id)
    where responsible_user_id is null and state in ('PREPARING', 'ACTIVE');
create index app_user_disabled_idx on app_user (id) where not enabled;

-- The lists' totals per area, counted by the insight refresh job (every 10 minutes, once across instances).
create table insight_quality_count (
    area_id bigint      not null,
    kind    varchar(40) not null,
    items   bigint      not null,
    primary key (area_id, kind)
);
comment on table insight_quality_count is
    'Issue 13: how many rows each data-quality list of an area has, counted by the insight refresh job';
