-- Issue 10: per-course facts the start panels need, kept up to date instead of read from every
-- meeting and status report of every active course on each start page. One row per course:
--   kick_off_on         the kick-off meeting's date (C5), null before it is held
--   latest_meeting_on   the latest meeting of any kind (C8: the next review is due an interval later)
--   first_open_month    the first month from the start month without a submitted or acknowledged
--                       monthly report (S1); null while the course has no start date
--   latest_quarterly_on the period start of the latest submitted or acknowledged quarterly report (S3)
-- The panels order and limit by these in SQL and read the full report history of the few courses
-- they show (ReportDuty stays the one definition of what is due).
-- Triggers refresh a course's row in the same transaction as the change. A refresh first locks the
-- row and only then reads (each statement of a PL/pgSQL function takes a new snapshot under READ
-- COMMITTED), so two concurrent changes to one course cannot leave a stale row.
create table course_duty_summary (
    course_id           bigint primary key references mentor_course (id) on delete cascade,
    kick_off_on         date,
    latest_meeting_on   date,
    first_open_month    date,
    latest_quarterly_on date
);

create function course_duty_summary_refresh(course bigint) returns void language plpgsql as $$
begin
    if course is null then
        return;
    end if;
    insert into course_duty_summary (course_id) values (course) on conflict do nothing;
    perform 1 from course_duty_summary where course_id = course for update;
    update course_duty_summary s set
        kick_off_on = (select max(held_on) from course_meeting where course_id = course and kind = 'KICK_OFF'),
        latest_meeting_on = (select max(held_on) from course_meeting where course_id = course),
        latest_quarterly_on = (select max(period_start) from status_report
                               where course_id = course and kind = 'QUARTERLY' and status <> 'DRAFT'),
        -- The first open month is at most as many months after the start month as there are reports.
        first_open_month = (select (date_trunc('month', k.start_date) + make_interval(months => (
                                    select min(i)::integer
                                    from generate_series(0, (select count(*) from status_report r
                                                             where r.course_id = course and r.kind = 'MONTHLY')::integer) i
                                    where not exists (select 1 from status_report r
                                                      where r.course_id = course and r.kind = 'MONTHLY'
                                                        and r.status <> 'DRAFT'
                                                        and r.period_start = (date_trunc('month', k.start_date)
                                                                              + make_interval(months => i))::date))))::date
                            from mentor_course k
                            where k.id = course and k.start_date is not null)
    where s.course_id = course;
end;
$$;

insert into course_duty_summary (course_id) select id from mentor_course;
select course_duty_summary_refresh(id) from mentor_course;

-- Statement-level triggers with transition tables: a bulk change refreshes each course once, in
-- course order (so concurrent statements lock summary rows in the same order).
create function course_duty_summary_refresh_inserted() returns trigger language plpgsql as $$
declare
    c bigint;
begin
    for c in select distinct course_id from new_rows order by 1 loop
        perform course_duty_summary_refresh(c);
    end loop;
    return null;
end;
$$;
create function course_duty_summary_refresh_deleted() returns trigger language plpgsql as $$
declare
    c bigint;
begin
    for c in select distinct course_id from old_rows order by 1 loop
        perform course_duty_summary_refresh(c);
    end loop;
    return null;
end;
$$;
create function course_duty_summary_refresh_updated() returns trigger language plpgsql as $$
declare
    c bigint;
begin
    for c in select course_id from new_rows union select course_id from old_rows order by 1 loop
        perform course_duty_summary_refresh(c);
    end loop;
    return null;
end;
$$;
create trigger course_duty_summary_reports_inserted after insert on status_report
    referencing new table as new_rows for each statement execute function course_duty_summary_refresh_inserted();
create trigger course_duty_summary_reports_updated after update on status_report
    referencing old table as old_rows new table as new_rows
    for each statement execute function course_duty_summary_refresh_updated();
create trigger course_duty_summary_reports_deleted after delete on status_report
    referencing old table as old_rows for each statement execute function course_duty_summary_refresh_deleted();
create trigger course_duty_summary_meetings_inserted after insert on course_meeting
    referencing new table as new_rows for each statement execute function course_duty_summary_refresh_inserted();
create trigger course_duty_summary_meetings_updated after update on course_meeting
    referencing old table as old_rows new table as new_rows
    for each statement execute function course_duty_summary_refresh_updated();
create trigger course_duty_summary_meetings_deleted after delete on course_meeting
    referencing old table as old_rows for each statement execute function course_duty_summary_refresh_deleted();

-- A new course gets its row; a changed start date moves its first open month.
create function course_duty_summary_courses_inserted() returns trigger language plpgsql as $$
declare
    c bigint;
begin
    for c in select id from new_rows order by 1 loop
        perform course_duty_summary_refresh(c);
    end loop;
    return null;
end;
$$;
create trigger course_duty_summary_courses_inserted after insert on mentor_course
    referencing new table as new_rows for each statement execute function course_duty_summary_courses_inserted();
create function course_duty_summary_start_changed() returns trigger language plpgsql as $$
begin
    perform course_duty_summary_refresh(new.id);
    return null;
end;
$$;
create trigger course_duty_summary_start_changed after update of start_date on mentor_course
    for each row when (new.start_date is distinct from old.start_date)
    execute function course_duty_summary_start_changed();

comment on table course_duty_summary is 'Issue 10: per-course meeting and report facts for the start panels, kept by triggers (V702)';
