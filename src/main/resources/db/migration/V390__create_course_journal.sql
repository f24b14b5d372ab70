-- Issue 17 item 3, the course journal (journal module): dated entries between a course's formal steps, written by
-- the course's responsible person, the area's coordinator and (help requests, problem reports, a wish to end) the
-- mentor. An entry is never changed: a correction is a new entry that names the one it corrects (corrects_id),
-- and the corrected entry stays, marked as corrected. The course is named by id only (no foreign key: another
-- module's table), like the notices; its area and people are read from the published view course_card.
create table journal_entry (
    id             bigserial     primary key,
    course_id      bigint        not null,
    kind           varchar(40)   not null,
    occurred_on    date          not null,
    text           varchar(4000) not null,
    visibility     varchar(20)   not null check (visibility in ('STAFF', 'MENTOR')),
    author_user_id bigint        not null references app_user (id),
    author_name    varchar(200)  not null,
    author_role    varchar(20)   not null,
    written_at     timestamptz   not null,
    -- at most one correction per entry: two people correcting the same entry at once, the second is told
    corrects_id    bigint        unique references journal_entry (id),
    constraint journal_entry_not_itself check (corrects_id is null or corrects_id <> id)
);
create index journal_entry_course_idx on journal_entry (course_id, occurred_on desc, id desc);

comment on table journal_entry is
    'The course journal (journal module): append-only; a correction is a new row with corrects_id. Update, delete and truncate are refused by triggers.';

-- Append-only, for every role (like audit_event, AU3). The one exception is the owner's purge of the entries of a
-- course the retention purge (DP4) has removed: journal_purge_orphans() below, SECURITY DEFINER, sets the
-- transaction-local flag and runs as the table's owner; the runtime role can set the flag but is not the owner.
create function journal_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE'
       and coalesce(current_setting('mentorordning.journal_purge', true), '') = 'on'
       and current_user = pg_get_userbyid((select relowner from pg_class where oid = tg_relid)) then
        return old;
    end if;
    raise exception 'journal_entry is append-only: a correction is a new entry'
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger journal_entry_no_update_or_delete
    before update or delete on journal_entry
    for each row execute function journal_entry_refuse_change();

create trigger journal_entry_no_truncate
    before truncate on journal_entry
    for each statement execute function journal_entry_refuse_change();

-- DP4: the entries of courses that no longer exist (purged with their client) go too. Returns how many.
create function journal_purge_orphans() returns integer
    language plpgsql security definer set search_path = public, pg_temp as
$$
declare
    n integer;
begin
    perform set_config('mentorordning.journal_purge', 'on', true);
    -- one statement: the references between an entry and its correction are checked at its end
    delete from journal_entry j where not exists (select 1 from course_card k where k.id = j.course_id);
    get diagnostics n = row_count;
    perform set_config('mentorordning.journal_purge', 'off', true);
    return n;
end
$$;

-- Least privilege (as V020): the runtime role may read and add entries, never change or remove them.
do $$
begin
    if current_user = '${runtime_role}' then
        raise notice 'Flyway and the application use the same role %: the journal is protected by its triggers only', current_user;
        return;
    end if;
    revoke update, delete, truncate, references, trigger on journal_entry from "${runtime_role}";
    grant select, insert on journal_entry to "${runtime_role}";
    grant usage, select on sequence journal_entry_id_seq to "${runtime_role}";
end
$$;
