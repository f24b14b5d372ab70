-- DP5: the course journal (V390, journal module) in the subject access export. The journal names its course by id
-- only (no foreign key), so the functions of V621 do not find it by themselves. They are kept as they are, under a
-- new name, and the published names add the journal to what they return.
--
-- A client's export holds every entry of the client's courses. A mentor's export holds the entries the mentor wrote
-- (help requests, problem reports, a wish to end) without their text, which is about the client.

alter function subject_access_client(bigint) rename to subject_access_client_v621;
alter function subject_access_mentor(bigint) rename to subject_access_mentor_v621;

create function subject_access_client(p_client bigint) returns jsonb
    language sql stable as
$$
select subject_access_client_v621(p_client) || jsonb_build_object(
    'journal_entry', subject_access_rows(
        'select j.* from journal_entry j join mentor_course k on k.id = j.course_id where k.client_id = $1
         order by j.id', p_client));
$$;

create function subject_access_mentor(p_mentor bigint) returns jsonb
    language sql stable as
$$
select subject_access_mentor_v621(p_mentor) || jsonb_build_object(
    'journal_entry', subject_access_rows(
        'select j.id, j.course_id, j.kind, j.occurred_on, j.visibility, j.written_at from journal_entry j
         join mentor m on m.user_id = j.author_user_id where m.id = $1 order by j.id', p_mentor));
$$;

-- DP4: the purge of a client removes the journal of the client's courses in the same transaction (the nightly
-- journal_purge_orphans of V390 stays as a backstop). The journal's triggers let the delete through only while the
-- flag is on and the statement runs as the table's owner, which this SECURITY DEFINER function does.
alter function retention_purge_client(bigint) rename to retention_purge_client_v620;

create function retention_purge_client(p_client bigint) returns integer
    language plpgsql security definer set search_path = public, pg_temp as
$$
declare
    n integer;
begin
    perform set_config('mentorordning.journal_purge', 'on', true);
    -- corrections first is not needed: one statement, its references are checked at its end
    delete from journal_entry where course_id in (select id from mentor_course where client_id = p_client);
    get diagnostics n = row_count;
    perform set_config('mentorordning.journal_purge', 'off', true);
    return n + retention_purge_client_v620(p_client);
end
$$;
