-- The course module's published read views (Spring Modulith: no module reads another module's tables).
create view course_card as
select k.id, k.client_id, k.area_id, k.state, k.mentor_id, k.agreed_hours, k.responsible_user_id, k.responsible_name,
       k.planned_start, k.start_date, k.ended_on, k.end_reason, k.continuation_to_confirm
from mentor_course k;

comment on view course_card is 'Published by the course module: a course''s state and people, for other modules'' lists.';
