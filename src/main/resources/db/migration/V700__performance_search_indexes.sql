-- Issue 10 (fast at ten times national scale): indexes for the searches as users type them and for
-- the orders the lists use. pg_trgm is created here, by the migration's owner, so the application's
-- own role needs no superuser rights.
create extension if not exists pg_trgm;

-- Client and mentor name search: prefix and contains on first name, last name and "first last".
-- The existing text_pattern_ops indexes serve the prefix arms; this one serves the concatenated
-- arm (and any "contains"), so the planner can OR the three with a bitmap instead of a full scan.
create index client_full_name_trgm_idx on client using gin (lower(first_name || ' ' || last_name) gin_trgm_ops);
create index mentor_full_name_trgm_idx on mentor using gin (lower(first_name || ' ' || last_name) gin_trgm_ops);

-- The registry's list order (lower(last name), lower(first name), id): text_pattern_ops cannot give
-- the collation's order, so without this every registry page sorted the whole registry.
create index mentor_registry_order_idx on mentor (lower(last_name), lower(first_name), id);
create index mentor_status_order_idx on mentor (status, lower(last_name), lower(first_name), id);

-- The responsible person's courses in every state (the existing index covers ACTIVE only), and
-- the area's course list newest first.
create index mentor_course_responsible_all_idx on mentor_course (responsible_user_id, state, id);
create index mentor_course_area_id_idx on mentor_course (area_id, id desc);

-- Reports awaiting acknowledgement, per course, oldest first (start panels).
create index status_report_submitted_idx on status_report (course_id, submitted_at) where status = 'SUBMITTED';

-- The directorate's user list in name order.
create index app_user_display_name_idx on app_user (display_name, id);
