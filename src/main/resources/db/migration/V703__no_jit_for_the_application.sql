-- Issue 10: PostgreSQL's JIT compiler made every matching request pay a compilation (the planner's
-- cost estimate for its per-row subqueries crossed jit_above_cost), far more than the query itself.
-- The application runs short OLTP statements only, where JIT never pays off, so it is off for this
-- database (new connections; the migration runs as the database owner).
do $$
begin
    execute format('alter database %I set jit = off', current_database());
end;
$$;
