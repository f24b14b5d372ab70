-- Issue 10: two mentor panels read every mentor of the area from the table (about 5,500 rows, 900 pages
-- at ten times national scale) on each view.
-- The coordinator's start panel of mentors without the introduction course (issue 17) lists the first
-- ten in name order and counts them: the list now follows this index and stops after ten, the count
-- reads the index only.
create index mentor_area_name_open_idx on mentor (home_area_id, last_name, first_name, id)
    where status in ('APPROVED', 'VETTING', 'AWAITING_DIRECTORATE');
-- The capacity page and the start panel of mentors near the M10 ceiling join the area's approved and
-- inactive mentors with mentor_workload: read from the index only, names included.
create index mentor_area_capacity_idx on mentor (home_area_id, id) include (status, first_name, last_name)
    where status in ('APPROVED', 'INACTIVE');
