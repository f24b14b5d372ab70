-- Issue 16: the course list sorts by the client's name as it shows it ("first last"). With these two
-- indexes the planner walks the clients in that order and finds each one's courses by the client,
-- instead of comparing every client with every course of the area (about two seconds at the
-- benchmark's scale, a millisecond with them). The other sortable columns (state, start, responsible)
-- sort the area's courses after the area filter, which an index cannot order (the filter also takes
-- the courses handed over from the area).
create index if not exists mentor_course_client_idx on mentor_course (client_id);
create index if not exists client_display_name_idx on client (lower(first_name || ' ' || last_name), id);
