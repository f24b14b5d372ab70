-- Action plans (handleplan, cirkulære §9 and §13 stk. 1; rules C4, C6, C8). One plan per mentor
-- course, kept in numbered versions: version 1 is drafted before establishment (C4), each quarterly
-- review may produce a new version (C8) and old versions stay readable. A version never changes
-- once the course is active.
create table action_plan (
    id             bigserial primary key,
    course_id      bigint      not null unique,
    current_number integer     not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0
);

create table action_plan_version (
    id                bigserial primary key,
    plan_id           bigint        not null references action_plan (id),
    number            integer       not null,
    need_description  varchar(4000) not null,
    created_at        timestamptz   not null,
    created_by        bigint,
    created_by_name   varchar(200)  not null,
    unique (plan_id, number)
);
comment on column action_plan_version.need_description is
    'Sensitive (GDPR art. 10 context): why the client needs a mentor (§9 stk. 2, C4)';

-- Goals tied to the LS/RNR need areas (client.NeedArea names).
create table action_plan_goal (
    version_id  bigint        not null references action_plan_version (id),
    position    integer       not null,
    need_area   varchar(40)   not null,
    description varchar(2000) not null,
    primary key (version_id, position)
);
comment on column action_plan_goal.description is 'Sensitive: a goal of a convicted person''s action plan';

-- C6 (§13 stk. 1): the division of tasks between mentor and service, by the four task groups.
create table action_plan_task (
    version_id    bigint        not null references action_plan_version (id),
    task_group    varchar(40)   not null check (task_group in ('PRACTICAL', 'COMMUNICATION', 'PERSONAL', 'RESOCIALISATION')),
    mentor_tasks  varchar(2000),
    service_tasks varchar(2000),
    primary key (version_id, task_group)
);
