-- Status reports (statusrapporter, cirkulære §17; rules S1-S4 of DOMAIN §6) and their template.

-- S2 (§17 stk. 2): the reports use one template; a change of the template is a new version and each
-- report records the version it was written on.
create table report_template (
    version     integer       primary key,
    valid_from  date          not null,
    fields      varchar(1000) not null,
    note        varchar(1000) not null
);
insert into report_template (version, valid_from, fields, note) values
    (1, date '2019-08-01',
     'period, contacts held, progress per action-plan goal, work per task group, hours spent, concerns, next steps, duty to notify',
     'Skabelon for statusrapporter efter cirkulærets §17 stk. 2');

-- One report per course, kind and period (S1: a month; S3: the quarter before a review meeting).
-- DRAFT -> SUBMITTED -> ACKNOWLEDGED; a telephone report (channel TELEPHONE) is logged by a caseworker.
create table status_report (
    id                    bigserial primary key,
    course_id             bigint        not null references mentor_course (id),
    kind                  varchar(20)   not null check (kind in ('MONTHLY', 'QUARTERLY')),
    period_start          date          not null,
    period_end            date          not null,
    channel               varchar(20)   not null check (channel in ('WRITTEN', 'TELEPHONE')),
    template_version      integer       not null references report_template (version),
    status                varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED')),
    contacts_count        integer check (contacts_count between 0 and 200),
    contacts_note         varchar(4000),
    hours_spent           numeric(5, 1) check (hours_spent >= 0 and hours_spent <= 200),
    concerns              varchar(4000),
    next_steps            varchar(4000),
    -- S4 (§8 stk. 2): the mentor has learnt that the client committed a crime
    duty_to_notify        boolean       not null default false,
    duty_to_notify_text   varchar(4000),
    received_on           date,
    created_at            timestamptz   not null,
    created_by            bigint references app_user (id),
    created_by_name       varchar(200)  not null,
    submitted_at          timestamptz,
    submitted_by          bigint references app_user (id),
    submitted_by_name     varchar(200),
    acknowledged_at       timestamptz,
    acknowledged_by       bigint references app_user (id),
    acknowledged_by_name  varchar(200),
    acknowledgement_note  varchar(2000),
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint status_report_period check (period_end >= period_start),
    constraint status_report_unique_period unique (course_id, kind, period_start),
    constraint status_report_submitted check (status = 'DRAFT' or (submitted_at is not null and submitted_by_name is not null)),
    constraint status_report_acknowledged check (status <> 'ACKNOWLEDGED' or (acknowledged_at is not null and acknowledged_by_name is not null)),
    constraint status_report_telephone check (channel <> 'TELEPHONE' or (received_on is not null and status <> 'DRAFT')),
    constraint status_report_notify_text check (not duty_to_notify or status = 'DRAFT' or duty_to_notify_text is not null)
);
create index status_report_open_idx on status_report (course_id, status) where status <> 'ACKNOWLEDGED';
comment on table status_report is 'Sensitive (GDPR art. 10 context): the mentor''s reports on a convicted person (§17); every read audited';
comment on column status_report.duty_to_notify_text is 'Sensitive (GDPR art. 10): what the mentor learnt about a new crime (§8 stk. 2)';
comment on column status_report.concerns is 'Sensitive: the mentor''s concerns about a convicted person';

-- S2: progress per action-plan goal; the goal text is copied so the report stays true after a plan revision.
create table status_report_goal (
    report_id   bigint        not null references status_report (id),
    position    integer       not null,
    need_area   varchar(40)   not null,
    goal        varchar(2000) not null,
    progress    varchar(4000),
    primary key (report_id, position)
);

-- S2: what was done in each of the four task groups (DOMAIN §2).
create table status_report_task (
    report_id   bigint        not null references status_report (id),
    task_group  varchar(40)   not null check (task_group in ('PRACTICAL', 'COMMUNICATION', 'PERSONAL', 'RESOCIALISATION')),
    work        varchar(4000),
    primary key (report_id, task_group)
);

-- S4 (§8 stk. 2) at the database: a submitted report is never deleted, and a duty-to-notify flag is
-- never cleared or hidden once the report is submitted, whatever the application does.
create function status_report_protect() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' or old.duty_to_notify then
            raise exception 'S4: a submitted status report or a duty-to-notify report cannot be deleted (report %)', old.id
                using errcode = 'integrity_constraint_violation';
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and old.duty_to_notify
       and (not new.duty_to_notify or new.duty_to_notify_text is distinct from old.duty_to_notify_text) then
        raise exception 'S4: the duty-to-notify flag of report % cannot be cleared or changed', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    if old.status <> 'DRAFT' and new.status = 'DRAFT' then
        raise exception 'S2: submitted report % cannot return to draft', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;
create trigger status_report_protect before update or delete on status_report
    for each row execute function status_report_protect();

create function status_report_children_protect() returns trigger language plpgsql as $$
declare
    report_status varchar(20);
begin
    select status into report_status from status_report where id = coalesce(old.report_id, new.report_id);
    if report_status is not null and report_status <> 'DRAFT' then
        raise exception 'S2: the content of submitted report % is read-only', coalesce(old.report_id, new.report_id)
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger status_report_goal_protect before update or delete on status_report_goal
    for each row execute function status_report_children_protect();
create trigger status_report_task_protect before update or delete on status_report_task
    for each row execute function status_report_children_protect();
