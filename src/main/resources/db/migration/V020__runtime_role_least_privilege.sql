-- AU3, least privilege: Flyway migrates as the owner role, which owns every table (this file runs as
-- it). The application connects as a separate runtime role (placeholder runtime_role, by default the
-- spring.datasource.username) that owns nothing and is no superuser, so it can neither drop nor alter
-- a table, nor switch a trigger off (ALTER TABLE ... DISABLE TRIGGER needs the owner, and
-- session_replication_role needs a superuser).
-- It may read and write the data (here for the tables that exist, by default privileges for every
-- table and sequence a later migration creates), but the audit log only append to and read (AU3).
-- Skipped when both are one role (a set-up without least privilege): an owner must not revoke its own rights.
do $$
begin
    if current_user = '${runtime_role}' then
        raise notice 'Flyway and the application use the same role %: no least privilege (AU3)', current_user;
        return;
    end if;
    grant select, insert, update, delete on all tables in schema public to "${runtime_role}";
    grant usage, select on all sequences in schema public to "${runtime_role}";
    alter default privileges in schema public grant select, insert, update, delete on tables to "${runtime_role}";
    alter default privileges in schema public grant usage, select on sequences to "${runtime_role}";

    revoke update, delete, truncate, references, trigger on audit_event from "${runtime_role}";
    grant select, insert on audit_event to "${runtime_role}";

    -- The migration history is the owner's business.
    revoke all on "${flyway:table}" from "${runtime_role}";

    -- Only the owner creates objects (PostgreSQL 15 already revokes this from PUBLIC; older servers do not).
    revoke create on schema public from public;
end
$$;
