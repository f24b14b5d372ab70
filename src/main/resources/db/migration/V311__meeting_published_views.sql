-- The meeting module's published read view (Spring Modulith: no module reads another module's tables).
-- The course lists show what is due next per course (C5 kick-off, C8 review) from these two dates.
create view course_meeting_dates as
select m.course_id,
       max(m.held_on) filter (where m.kind = 'KICK_OFF') as kick_off_on,
       max(m.held_on) as latest_on
from course_meeting m
group by m.course_id;

comment on view course_meeting_dates is 'Published by the meeting module: per course the kick-off date (C5) and the latest meeting (C8).';
