-- DP4: after the retention period, everything about a client whose case has ended is purged, in every table.
--
-- Why a SECURITY DEFINER function: submitted status reports and duty-to-notify reports (S2, S4) are protected by
-- triggers that refuse DELETE. The purge is the one legitimate path past them. The triggers let a DELETE through
-- only while the transaction-local flag `mentorordning.retention_purge` is on AND the statement runs as the
-- table's owner. Only this function sets the flag, and it runs as its owner (the migration role); when the
-- application connects with a least-privilege role, that role can set the flag but is not the owner, so it still
-- cannot delete a protected report directly. (Where the application connects as the owner, as in development,
-- the flag alone decides.) The audit log is not touched: its rows name the client only by id (a pseudonymous
-- trail), and stay append-only (AU3).

create function retention_purge_active(table_oid oid) returns boolean
    language sql stable as
$$
select coalesce(current_setting('mentorordning.retention_purge', true), '') = 'on'
   and current_user = pg_get_userbyid((select relowner from pg_class where oid = table_oid))
$$;

create or replace function status_report_protect() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and retention_purge_active(tg_relid) then
        return old;
    end if;
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

create or replace function status_report_children_protect() returns trigger language plpgsql as $$
declare
    report_status varchar(20);
begin
    if tg_op = 'DELETE' and retention_purge_active(tg_relid) then
        return old;
    end if;
    select status into report_status from status_report where id = coalesce(old.report_id, new.report_id);
    if report_status is not null and report_status <> 'DRAFT' then
        raise exception 'S2: the content of submitted report % is read-only', coalesce(old.report_id, new.report_id)
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end;
$$;

-- Deletes everything about one client; returns the number of rows deleted or anonymised. Refuses a client whose
-- case is still open (a course that has not ended): the caller decides who is due, the function guards the worst
-- mistake. The mentor's own record of hours (mentor_commitment) is kept for the mentor's workload history, with the
-- client reference and the free-text description (which may name the client) removed.
create function retention_purge_client(p_client bigint) returns integer
    language plpgsql security definer set search_path = public, pg_temp as
$$
declare
    total integer := 0;
    n integer;
begin
    if exists (select 1 from mentor_course where client_id = p_client and state <> 'ENDED') then
        raise exception 'DP4: client % has a course that has not ended and cannot be purged', p_client
            using errcode = 'integrity_constraint_violation';
    end if;
    perform set_config('mentorordning.retention_purge', 'on', true);

    create temporary table purge_course on commit drop as select id from mentor_course where client_id = p_client;
    create temporary table purge_report on commit drop as
        select id from status_report where course_id in (select id from purge_course);
    create temporary table purge_plan_version on commit drop as
        select v.id from action_plan_version v join action_plan p on p.id = v.plan_id
        where p.course_id in (select id from purge_course);

    delete from status_report_goal where report_id in (select id from purge_report); get diagnostics n = row_count; total := total + n;
    delete from status_report_task where report_id in (select id from purge_report); get diagnostics n = row_count; total := total + n;
    delete from status_report where id in (select id from purge_report); get diagnostics n = row_count; total := total + n;
    delete from action_plan_goal where version_id in (select id from purge_plan_version); get diagnostics n = row_count; total := total + n;
    delete from action_plan_task where version_id in (select id from purge_plan_version); get diagnostics n = row_count; total := total + n;
    delete from action_plan_version where id in (select id from purge_plan_version); get diagnostics n = row_count; total := total + n;
    delete from action_plan where course_id in (select id from purge_course); get diagnostics n = row_count; total := total + n;
    delete from course_meeting where course_id in (select id from purge_course); get diagnostics n = row_count; total := total + n;
    delete from course_handover where course_id in (select id from purge_course); get diagnostics n = row_count; total := total + n;
    delete from course_fee where course_id in (select id from purge_course); get diagnostics n = row_count; total := total + n;
    delete from course_goal_outcome where course_id in (select id from purge_course); get diagnostics n = row_count; total := total + n;
    delete from course_continuation where course_id in (select id from purge_course); get diagnostics n = row_count; total := total + n;
    delete from activity_grant where course_id in (select id from purge_course); get diagnostics n = row_count; total := total + n;
    delete from mentor_course where id in (select id from purge_course); get diagnostics n = row_count; total := total + n;

    delete from risk_assessment_need where assessment_id in (select id from risk_assessment where client_id = p_client);
    get diagnostics n = row_count; total := total + n;
    delete from risk_assessment where client_id = p_client; get diagnostics n = row_count; total := total + n;
    delete from mentor_offer where client_id = p_client; get diagnostics n = row_count; total := total + n;
    delete from client_custody_status where client_id = p_client; get diagnostics n = row_count; total := total + n;
    delete from mentor_match_choice where client_id = p_client; get diagnostics n = row_count; total := total + n;
    delete from mentor_close_relation where client_id = p_client; get diagnostics n = row_count; total := total + n;
    delete from mentor_employee_exception where client_id = p_client; get diagnostics n = row_count; total := total + n;
    -- A mentor proposed by this client (C3) stays in the registry; only the reference to the client goes.
    update mentor set proposed_for_client_id = null where proposed_for_client_id = p_client;
    get diagnostics n = row_count; total := total + n;
    update mentor_commitment
       set client_id = null, description = 'Slettet efter opbevaringsperioden (DP4)'
     where client_id = p_client;
    get diagnostics n = row_count; total := total + n;
    -- Completed cross-module events that carried this client's id (the outbox keeps unfinished ones to retry).
    delete from event_publication
     where completion_date is not null and serialized_event ~ ('"clientId":' || p_client || '([^0-9]|$)');
    get diagnostics n = row_count; total := total + n;
    delete from client where id = p_client; get diagnostics n = row_count; total := total + n;

    perform set_config('mentorordning.retention_purge', 'off', true);
    return total;
end;
$$;

comment on function retention_purge_client(bigint) is
    'DP4: deletes everything about one client whose case has ended (retention module); the only path past the S2/S4 report triggers';

-- Which clients are due: every course ended (or none), and the latest of the case''s end dates (course ended,
-- supervision ended, last change of the client record) lies on or before the cut-off day.
create function retention_due_clients(cutoff date) returns table (client_id bigint, case_ended_on date)
    language sql stable as
$$
select c.id,
       greatest(c.updated_at::date, c.supervision_end_date, c.expected_release_date,
                (select max(k.ended_on) from mentor_course k where k.client_id = c.id))
from client c
where not exists (select 1 from mentor_course k where k.client_id = c.id and k.state <> 'ENDED')
  and greatest(c.updated_at::date, c.supervision_end_date, c.expected_release_date,
               (select max(k.ended_on) from mentor_course k where k.client_id = c.id)) <= cutoff
order by c.id
$$;
