-- Issue 10/13: the data-quality list of possible duplicate clients groups an area's clients by their
-- normalised name; this index serves that grouping (the query timed out at ten times national scale).
create index client_area_name_key_idx on client (area_id, lower(btrim(last_name)), lower(btrim(first_name)));
