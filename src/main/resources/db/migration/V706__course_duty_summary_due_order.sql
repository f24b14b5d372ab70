-- Issue 10/13: the coordinator's start panel of overdue reports joined every active and ended course of
-- the area with its summary row and sorted them all (about 18,000 courses at ten times national scale)
-- to show ten. The summary row now carries the course facts that decide what is due (area, state,
-- start and end date, copied from mentor_course by a trigger) and, derived from them, the two dates
-- the panel orders by, so the area's most overdue courses are read from an index:
--   monthly_base    the last day of the first open month (S1; for an ended course at most its end
--                   date, none when the first open month began after it); the report is overdue
--                   the configured grace days later
--   quarterly_base  the latest meeting when the quarterly report of that review is missing (S3); it
--                   is due the configured review interval later
-- Both exactly as ReportQueries computed them per request; ReportDuty stays the one definition of what
-- is due for the courses shown.
alter table course_duty_summary
    add column area_id bigint,
    add column course_state text,
    add column course_start_date date,
    add column course_ended_on date;

update course_duty_summary s set area_id = k.area_id, course_state = k.state, course_start_date = k.start_date,
                                 course_ended_on = k.ended_on
from mentor_course k where k.id = s.course_id;

alter table course_duty_summary
    add column monthly_base date generated always as (
        case when course_start_date is null or first_open_month is null then null
             when course_state = 'ACTIVE' then (first_open_month + interval '1 month' - interval '1 day')::date
             when course_state = 'ENDED' and first_open_month <= course_ended_on
             then least((first_open_month + interval '1 month' - interval '1 day')::date, course_ended_on)
        end) stored,
    add column quarterly_base date generated always as (
        case when course_start_date is not null and course_state = 'ACTIVE' and kick_off_on is not null
                  and (latest_quarterly_on is null or latest_quarterly_on < latest_meeting_on)
             then latest_meeting_on
        end) stored;

create index course_duty_summary_area_monthly_idx on course_duty_summary (area_id, monthly_base, course_id)
    include (quarterly_base) where monthly_base is not null;
create index course_duty_summary_area_quarterly_idx on course_duty_summary (area_id, quarterly_base, course_id)
    include (monthly_base) where quarterly_base is not null;

-- The copied course facts follow every change of the course, in the same transaction. The row is
-- created here when the course is new (the statement trigger of V702 then fills in the rest).
create function course_duty_summary_course_facts() returns trigger language plpgsql as $$
begin
    insert into course_duty_summary (course_id, area_id, course_state, course_start_date, course_ended_on)
    values (new.id, new.area_id, new.state, new.start_date, new.ended_on)
    on conflict (course_id) do update set area_id = excluded.area_id, course_state = excluded.course_state,
        course_start_date = excluded.course_start_date, course_ended_on = excluded.course_ended_on;
    return null;
end;
$$;
create trigger course_duty_summary_course_facts_inserted after insert on mentor_course
    for each row execute function course_duty_summary_course_facts();
create trigger course_duty_summary_course_facts_updated after update of area_id, state, start_date, ended_on on mentor_course
    for each row when (new.area_id is distinct from old.area_id or new.state is distinct from old.state
                       or new.start_date is distinct from old.start_date or new.ended_on is distinct from old.ended_on)
    execute function course_duty_summary_course_facts();
