-- Issue 12: meetings planned ahead (C5 kick-off, C8 review). A plan is not a meeting held: the C5/C8 schedule keeps
-- running from course_meeting (the meetings held); when a planned meeting is recorded as held, its course_meeting row
-- is written and the plan points to it. The plan's sequence is the iCalendar SEQUENCE of its invitations: raised on
-- every change (moved, cancelled), so calendars replace the earlier invitation of the same UID.
create table meeting_plan (
    id              bigserial primary key,
    course_id       bigint        not null,
    kind            varchar(20)   not null check (kind in ('KICK_OFF', 'REVIEW')),
    status          varchar(10)   not null default 'PLANNED' check (status in ('PLANNED', 'CANCELLED', 'HELD', 'MISSED')),
    meeting_date    date          not null,
    start_time      time          not null,
    end_time        time          not null check (end_time > start_time),
    place           varchar(300)  not null,
    sequence        integer       not null default 0,
    version         bigint        not null default 0,
    change_reason   varchar(1000),
    outcome_note    varchar(4000),
    held_meeting_id bigint references course_meeting (id),
    created_at      timestamptz   not null,
    created_by      bigint,
    created_by_name varchar(200)  not null,
    changed_at      timestamptz   not null
);
create index meeting_plan_course_idx on meeting_plan (course_id, meeting_date desc);
create index meeting_plan_date_idx on meeting_plan (meeting_date) where status = 'PLANNED';
-- One open plan per course at a time: the next meeting; a moved meeting keeps its plan (and its UID).
create unique index meeting_plan_one_open on meeting_plan (course_id) where status = 'PLANNED';
comment on column meeting_plan.outcome_note is 'Sensitive: why a meeting was cancelled or not held';

-- The participants of a planned meeting and, once it is over, whether each attended. The client is stored by role
-- only (its name is read from the client record when shown), so no client name is copied here.
create table meeting_plan_participant (
    id       bigserial primary key,
    plan_id  bigint       not null references meeting_plan (id) on delete cascade,
    position integer      not null,
    role     varchar(12)  not null check (role in ('CLIENT', 'MENTOR', 'RESPONSIBLE', 'OTHER')),
    name     varchar(200),
    email    varchar(254),
    attended boolean,
    unique (plan_id, position)
);

-- DP4: the plans of a course go with it. retention_purge_client (V620) deletes mentor_course rows; this trigger
-- deletes their plans first, so a purge leaves no plan (the participants follow by cascade).
create function meeting_plan_purge_with_course() returns trigger
    language plpgsql as
$$
begin
    delete from meeting_plan where course_id = old.id;
    return old;
end;
$$;
create trigger meeting_plan_purge_with_course before delete on mentor_course
    for each row execute function meeting_plan_purge_with_course();
