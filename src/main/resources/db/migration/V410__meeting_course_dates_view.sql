-- A read view of the meeting module's table, published for the status reports (Spring Modulith: no
-- module reads another module's tables). Per course: the kick-off date (C5) and the latest meeting
-- (kick-off or review, C8), from which the quarterly report's period and due date follow (S3).
create view meeting_course_dates as
select m.course_id,
       max(m.held_on) filter (where m.kind = 'KICK_OFF') as kick_off_on,
       max(m.held_on) as latest_held_on
from course_meeting m
group by m.course_id;

comment on view meeting_course_dates is 'Published for the meeting module: the kick-off and latest meeting date of each course.';
