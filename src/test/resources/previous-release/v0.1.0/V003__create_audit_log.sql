-- AU1-AU3: the audit log. One row per read, search, change, reveal, export and decision of client
-- or mentor data and per security event, written in the same transaction as what it records.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    user_id      bigint,
    username     varchar(100),
    role         varchar(20),
    area_id      bigint,
    action       varchar(40)  not null,
    subject_type varchar(40),
    subject_id   varchar(64),
    details      varchar(1000),
    purpose      varchar(500),
    request_id   varchar(64)
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_user_idx on audit_event (lower(username), occurred_at desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create index audit_event_action_idx on audit_event (action, occurred_at desc);

comment on table audit_event is 'Append-only audit log (AU3): update, delete and truncate are refused by triggers';

-- AU3: append-only, enforced in the database for every role that writes to it.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only (AU3)';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
