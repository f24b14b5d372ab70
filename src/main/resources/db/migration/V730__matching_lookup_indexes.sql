-- Issue 10: the matching page assesses the whole registry in one statement and reads each client-specific set
-- once (CandidateQuery): the mentors covering one need area (a hashed set per need area of the client, read
-- from this index instead of scanning every mentor's need areas), and the client's declared close relations
-- (M6) and employee exceptions (M5), which had no index by client.
create index mentor_need_area_by_area_idx on mentor_need_area (need_area, mentor_id);
create index mentor_close_relation_client_idx on mentor_close_relation (client_id);
create index mentor_employee_exception_client_idx on mentor_employee_exception (client_id);
