-- Meetings of a mentor course: the kick-off meeting (C5, §12) and the quarterly reviews (C8,
-- §13 stk. 3-4). The next review is due three months after the latest meeting.
create table course_meeting (
    id                  bigserial primary key,
    course_id           bigint        not null,
    kind                varchar(20)   not null check (kind in ('KICK_OFF', 'REVIEW')),
    held_on             date          not null,
    participants        varchar(1000) not null,
    agreements          varchar(4000) not null,
    plan_version_number integer,
    recorded_at         timestamptz   not null,
    recorded_by         bigint,
    recorded_by_name    varchar(200)  not null
);
create index course_meeting_course_idx on course_meeting (course_id, held_on desc);
-- C5: one kick-off meeting per course.
create unique index course_meeting_one_kick_off on course_meeting (course_id) where kind = 'KICK_OFF';
comment on column course_meeting.agreements is 'Sensitive: what the parties agreed about a convicted person''s course';
