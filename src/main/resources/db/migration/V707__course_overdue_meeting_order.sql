-- Issue 10/13: the coordinator's start page, continued from V706.
-- 1. The panel of overdue kick-offs and reviews (C5, C8) and continuations to confirm (C13) joined
--    every active course of the area with its summary row, once for the 25 lines and once for the count.
--    The summary row also carries whether a continuation awaits confirmation and, derived from the
--    copied facts, the date each kind of meeting is counted from:
--      kick_off_base  the start date of an active course whose kick-off is not held (due kickOffWithin later)
--      review_base    the latest meeting of an active course after its kick-off (due reviewInterval later)
-- 2. The area's course counts by state and the people of its open courses (C7) are read from an index
--    alone.
alter table course_duty_summary add column course_continuation_pending boolean not null default false;
update course_duty_summary s set course_continuation_pending = true
from mentor_course k where k.id = s.course_id and k.continuation_to_confirm is not null;

alter table course_duty_summary
    add column kick_off_base date generated always as (
        case when course_state = 'ACTIVE' and kick_off_on is null then course_start_date end) stored,
    add column review_base date generated always as (
        case when course_state = 'ACTIVE' and course_start_date is not null and kick_off_on is not null
             then latest_meeting_on end) stored;

create index course_duty_summary_area_kick_off_idx on course_duty_summary (area_id, kick_off_base, course_id)
    where kick_off_base is not null;
create index course_duty_summary_area_review_idx on course_duty_summary (area_id, review_base, course_id)
    where review_base is not null;
create index course_duty_summary_area_continuation_idx on course_duty_summary (area_id, course_id)
    where course_continuation_pending and course_state = 'ACTIVE';

create or replace function course_duty_summary_course_facts() returns trigger language plpgsql as $$
begin
    insert into course_duty_summary (course_id, area_id, course_state, course_start_date, course_ended_on,
                                     course_continuation_pending)
    values (new.id, new.area_id, new.state, new.start_date, new.ended_on, new.continuation_to_confirm is not null)
    on conflict (course_id) do update set area_id = excluded.area_id, course_state = excluded.course_state,
        course_start_date = excluded.course_start_date, course_ended_on = excluded.course_ended_on,
        course_continuation_pending = excluded.course_continuation_pending;
    return null;
end;
$$;
drop trigger course_duty_summary_course_facts_updated on mentor_course;
create trigger course_duty_summary_course_facts_updated
    after update of area_id, state, start_date, ended_on, continuation_to_confirm on mentor_course
    for each row when (new.area_id is distinct from old.area_id or new.state is distinct from old.state
                       or new.start_date is distinct from old.start_date or new.ended_on is distinct from old.ended_on
                       or (new.continuation_to_confirm is null) <> (old.continuation_to_confirm is null))
    execute function course_duty_summary_course_facts();

create index mentor_course_area_state_people_idx on mentor_course (area_id, state)
    include (mentor_id, responsible_user_id);
