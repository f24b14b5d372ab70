-- The mentor registry's published read view (Spring Modulith: no module reads another module's tables).
-- No CPR number, no criminal-record details (AZ3): only what other modules show or filter on.
create view mentor_card as
select m.id, m.first_name, m.last_name, m.home_area_id, m.status, m.user_id, m.unavailable_until,
       m.employee_unit_id, m.hours_per_week
from mentor m;

comment on view mentor_card is 'Published by the mentor module: a registry mentor as other modules may see it (no CPR, no vetting).';
