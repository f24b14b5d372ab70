-- Issue 12: the meeting module's published view of its planned meetings (Spring Modulith: no module reads another
-- module's tables), for the client page's case overview: kind, status and day, never the participants or reasons.
create view meeting_plan_card as
select p.id, p.course_id, p.kind, p.status, p.meeting_date, p.start_time
from meeting_plan p;

comment on view meeting_plan_card is 'Published by the meeting module: planned meetings (C5, C8) with status and day, without participants or reasons.';
