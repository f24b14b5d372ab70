-- Mentor courses (mentorforløb, DOMAIN §5, rules C1-C13). PREPARING -> ACTIVE -> ENDED.
-- area_id is the area that handles the course and takes its decisions (C1); a hand-over (C2)
-- moves it and leaves a row in course_handover so both areas see the history.
create table mentor_course (
    id                          bigserial primary key,
    client_id                   bigint        not null references client (id),
    area_id                     bigint        not null references area (id),
    state                       varchar(20)   not null check (state in ('PREPARING', 'ACTIVE', 'ENDED')),
    planned_start               date          not null,
    -- C3 (§11): the client's own proposal of a mentor, or that none was made
    proposal                    varchar(20) check (proposal in ('NONE', 'PROPOSED')),
    proposal_text               varchar(1000),
    proposed_mentor_id          bigint references mentor (id),
    proposal_recorded_on        date,
    -- the mentor chosen while preparing, appointed by the establishment decision (M1-M10)
    mentor_id                   bigint references mentor (id),
    agreed_hours                numeric(4, 1) check (agreed_hours > 0),
    -- C7 (§13 stk. 2)
    responsible_user_id         bigint references app_user (id),
    responsible_name            varchar(200),
    -- E6 (§3 stk. 2)
    continues_after_release     boolean,
    no_continuation_reason      varchar(2000),
    -- C1: the establishment decision
    start_date                  date,
    established_at              timestamptz,
    established_by              bigint,
    established_by_name         varchar(200),
    -- C12 (§19)
    end_reason                  varchar(30) check (end_reason in ('PURPOSE_ACHIEVED', 'BY_AGREEMENT', 'AREA_DECISION')),
    ended_on                    date,
    end_note                    varchar(2000),
    ended_at                    timestamptz,
    ended_by                    bigint,
    ended_by_name               varchar(200),
    -- C13: a status change of the client that needs the caseworker's confirmation (E6/E8)
    continuation_to_confirm     varchar(30) check (continuation_to_confirm in ('RELEASE', 'SUPERVISION_ENDED')),
    continuation_raised_on      date,
    created_at                  timestamptz   not null,
    created_by                  bigint,
    created_by_name             varchar(200)  not null,
    updated_at                  timestamptz   not null,
    version                     bigint        not null default 0,
    constraint mentor_course_active_complete check (state = 'PREPARING'
        or end_reason is not null
        or (mentor_id is not null and agreed_hours is not null and responsible_user_id is not null and start_date is not null))
);
-- CI3 / one open course per client: a double submit or a parallel preparation saves once.
create unique index mentor_course_one_open_per_client on mentor_course (client_id) where state <> 'ENDED';
create index mentor_course_area_state_idx on mentor_course (area_id, state);
create index mentor_course_responsible_idx on mentor_course (responsible_user_id) where state = 'ACTIVE';
create index mentor_course_mentor_idx on mentor_course (mentor_id) where state = 'ACTIVE';
comment on column mentor_course.no_continuation_reason is 'Sensitive: E6 justification about a convicted person';
comment on column mentor_course.end_note is 'Sensitive: why a convicted person''s course ended';
comment on column mentor_course.proposal_text is 'Sensitive: the person the client proposed as mentor (§11)';

-- C12 / DOMAIN §9 coded outcomes: each goal of the final action-plan version.
create table course_goal_outcome (
    course_id   bigint        not null references mentor_course (id),
    position    integer       not null,
    need_area   varchar(40)   not null,
    description varchar(2000) not null,
    outcome     varchar(20)   not null check (outcome in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    primary key (course_id, position)
);

-- C2 (§10): hand-over to the competent area.
create table course_handover (
    id             bigserial primary key,
    course_id      bigint        not null references mentor_course (id),
    from_area_id   bigint        not null references area (id),
    to_area_id     bigint        not null references area (id),
    handed_over_at timestamptz   not null,
    by_user_id     bigint,
    by_name        varchar(200)  not null,
    note           varchar(2000)
);
create index course_handover_course_idx on course_handover (course_id);
create index course_handover_from_idx on course_handover (from_area_id);

-- C13: confirmations of continuation across release (E6) and after supervision (E8).
create table course_continuation (
    id           bigserial primary key,
    course_id    bigint        not null references mentor_course (id),
    kind         varchar(30)   not null check (kind in ('RELEASE', 'SUPERVISION_ENDED')),
    rule_id      varchar(5)    not null,
    confirmed_on date          not null,
    note         varchar(2000) not null,
    by_user_id   bigint,
    by_name      varchar(200)  not null,
    recorded_at  timestamptz   not null
);

-- C9 (§14): the fee set by the area, with its history.
create table course_fee (
    id              bigserial primary key,
    course_id       bigint         not null references mentor_course (id),
    monthly_amount  numeric(10, 2) not null check (monthly_amount >= 0),
    valid_from      date           not null,
    basis           varchar(2000)  not null,
    set_at          timestamptz    not null,
    set_by          bigint,
    set_by_name     varchar(200)   not null
);
create index course_fee_course_idx on course_fee (course_id, valid_from desc);

-- C11 (§16): activity grants with an educational purpose, within a yearly ceiling per course.
create table activity_grant (
    id           bigserial primary key,
    course_id    bigint         not null references mentor_course (id),
    granted_on   date           not null,
    purpose      varchar(1000)  not null,
    amount       numeric(10, 2) not null check (amount > 0),
    granted_at   timestamptz    not null,
    granted_by   bigint,
    granted_by_name varchar(200) not null
);
create index activity_grant_course_idx on activity_grant (course_id, granted_on);

-- The meetings and action plans belong to a course (their packages know only the course id).
alter table course_meeting add constraint course_meeting_course_fk foreign key (course_id) references mentor_course (id);
alter table action_plan add constraint action_plan_course_fk foreign key (course_id) references mentor_course (id);

-- M10 (§15): the registry's port "agreed hours of active courses per mentor" now reads the
-- courses. The registry's mentor_commitment rows stay in the sum, because the registry's own
-- reservations (Workload.reserve) and its demo data still write them.
create or replace view mentor_agreed_hours as
select m.id as mentor_id,
       (coalesce((select sum(c.hours_per_week) from mentor_commitment c where c.mentor_id = m.id and c.active), 0)
      + coalesce((select sum(k.agreed_hours) from mentor_course k where k.mentor_id = m.id and k.state = 'ACTIVE'), 0)
       )::numeric(5, 1) as agreed_hours
from mentor m;
comment on view mentor_agreed_hours is 'M10 port: total agreed hours a week of a mentor''s ACTIVE courses (mentor_course) plus the registry''s active commitments';
