-- Issue 10: a mentor's agreed hours (M10, §15) kept up to date instead of summed on every view.
-- mentor_agreed_hours used to sum the mentor's active courses and commitments for every mentor each
-- time the capacity page, the registry or matching read it. The sum is now kept per mentor in
-- mentor_workload, changed by triggers in the same transaction as the course or commitment, and the
-- view (same columns, so every reader is unchanged) reads it.
-- Triggers add and subtract the change (never recompute from a snapshot), so concurrent changes to
-- one mentor's courses serialize on the mentor's row and cannot lose an update. Every mentor has a
-- row (the insert trigger), so the view needs no outer join and its order can use the index.
create table mentor_workload (
    mentor_id    bigint        primary key references mentor (id) on delete cascade,
    agreed_hours numeric(5, 1) not null default 0
);
insert into mentor_workload (mentor_id, agreed_hours)
select m.id,
       coalesce((select sum(c.hours_per_week) from mentor_commitment c where c.mentor_id = m.id and c.active), 0)
     + coalesce((select sum(k.agreed_hours) from mentor_course k where k.mentor_id = m.id and k.state = 'ACTIVE'), 0)
from mentor m;
create index mentor_workload_hours_idx on mentor_workload (agreed_hours desc, mentor_id);

create function mentor_workload_add(mentor bigint, hours numeric) returns void language plpgsql as $$
begin
    if mentor is null or hours is null or hours = 0 then
        return;
    end if;
    insert into mentor_workload (mentor_id, agreed_hours) values (mentor, hours)
    on conflict (mentor_id) do update set agreed_hours = mentor_workload.agreed_hours + excluded.agreed_hours;
end;
$$;

-- Recomputes one mentor's sum from the source rows: for repairs after changes made with triggers
-- disabled (session_replication_role = replica, as some test clean-ups do).
create function mentor_workload_recompute(mentor bigint) returns void language plpgsql as $$
begin
    insert into mentor_workload (mentor_id) values (mentor) on conflict do nothing;
    update mentor_workload set agreed_hours =
          coalesce((select sum(c.hours_per_week) from mentor_commitment c where c.mentor_id = mentor and c.active), 0)
        + coalesce((select sum(k.agreed_hours) from mentor_course k where k.mentor_id = mentor and k.state = 'ACTIVE'), 0)
    where mentor_id = mentor;
end;
$$;

create function mentor_workload_new_mentor() returns trigger language plpgsql as $$
begin
    insert into mentor_workload (mentor_id) values (new.id) on conflict do nothing;
    return new;
end;
$$;
create trigger mentor_workload_new_mentor after insert on mentor
    for each row execute function mentor_workload_new_mentor();

create function mentor_workload_course_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.state = 'ACTIVE' then
        perform mentor_workload_add(old.mentor_id, -old.agreed_hours);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.state = 'ACTIVE' then
        perform mentor_workload_add(new.mentor_id, new.agreed_hours);
    end if;
    return null;
end;
$$;
create trigger mentor_workload_course_changed after insert or update of state, mentor_id, agreed_hours or delete
    on mentor_course for each row execute function mentor_workload_course_changed();

create function mentor_workload_commitment_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.active then
        perform mentor_workload_add(old.mentor_id, -old.hours_per_week);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.active then
        perform mentor_workload_add(new.mentor_id, new.hours_per_week);
    end if;
    return null;
end;
$$;
create trigger mentor_workload_commitment_changed after insert or update of active, mentor_id, hours_per_week or delete
    on mentor_commitment for each row execute function mentor_workload_commitment_changed();

create or replace view mentor_agreed_hours as
select w.mentor_id, w.agreed_hours
from mentor_workload w;
comment on view mentor_agreed_hours is 'M10 port: total agreed hours a week of a mentor''s ACTIVE courses plus the registry''s active commitments, kept in mentor_workload by triggers (V701)';
comment on table mentor_workload is 'M10: the sum behind mentor_agreed_hours, maintained by triggers on mentor_course and mentor_commitment';
