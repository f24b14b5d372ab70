-- DP5: the meetings planned ahead (V360, meeting module) in the client's subject access export. Like V622, the
-- published function keeps what it returned and adds the planned meetings of the client's courses and their
-- participants (names and e-mail addresses of the people invited: they are part of the client's case).
-- The purge needs nothing here: V360's trigger deletes a course's planned meetings with the course.

alter function subject_access_client(bigint) rename to subject_access_client_v622;

create function subject_access_client(p_client bigint) returns jsonb
    language sql stable as
$$
select subject_access_client_v622(p_client) || jsonb_build_object(
    'meeting_plan', subject_access_rows(
        'select p.* from meeting_plan p join mentor_course k on k.id = p.course_id where k.client_id = $1
         order by p.id', p_client),
    'meeting_plan_participant', subject_access_rows(
        'select pp.* from meeting_plan_participant pp join meeting_plan p on p.id = pp.plan_id
         join mentor_course k on k.id = p.course_id where k.client_id = $1 order by pp.id', p_client));
$$;
