-- Issue 10/11: the coordinator's start panel of gone mentors (C1: inactive or retired mentors on open courses
-- of the area) read every inactive and retired mentor from the table (about 2,000 rows in 650 pages at ten
-- times national scale) to join them with the area's open courses; this index serves the join by itself.
create index mentor_gone_idx on mentor (id) include (first_name, last_name) where status in ('INACTIVE', 'RETIRED');
