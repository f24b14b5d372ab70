-- DP5: the subject access export. Two published functions return everything stored about one client or one
-- mentor as JSON, one key per table, so the retention module reads no other module's tables itself. The CPR number
-- comes out encrypted (the application decrypts it with the key kept outside the database) and the lookup hash is
-- left out. Nothing about another person: references to other people are ids only, and free texts that describe
-- another person from the other side (a mentor's commitment description, which may name a client) are left out of
-- the mentor's export.

create function subject_access_rows(query text, param bigint) returns jsonb
    language plpgsql stable as
$$
declare
    result jsonb;
begin
    execute 'select coalesce(jsonb_agg(to_jsonb(r)), ''[]''::jsonb) from (' || query || ') r'
        into result using param;
    return result;
end;
$$;

create function subject_access_client(p_client bigint) returns jsonb
    language sql stable as
$$
select jsonb_build_object(
    'client', subject_access_rows('select * from client where id = $1', p_client),
    'client_custody_status', subject_access_rows('select * from client_custody_status where client_id = $1', p_client),
    'risk_assessment', subject_access_rows('select * from risk_assessment where client_id = $1', p_client),
    'risk_assessment_need', subject_access_rows(
        'select n.* from risk_assessment_need n join risk_assessment a on a.id = n.assessment_id where a.client_id = $1', p_client),
    'mentor_offer', subject_access_rows('select * from mentor_offer where client_id = $1', p_client),
    'mentor_course', subject_access_rows('select * from mentor_course where client_id = $1', p_client),
    'action_plan', subject_access_rows(
        'select p.* from action_plan p join mentor_course k on k.id = p.course_id where k.client_id = $1', p_client),
    'action_plan_version', subject_access_rows(
        'select v.* from action_plan_version v join action_plan p on p.id = v.plan_id
         join mentor_course k on k.id = p.course_id where k.client_id = $1', p_client),
    'action_plan_goal', subject_access_rows(
        'select g.* from action_plan_goal g join action_plan_version v on v.id = g.version_id
         join action_plan p on p.id = v.plan_id join mentor_course k on k.id = p.course_id where k.client_id = $1', p_client),
    'action_plan_task', subject_access_rows(
        'select t.* from action_plan_task t join action_plan_version v on v.id = t.version_id
         join action_plan p on p.id = v.plan_id join mentor_course k on k.id = p.course_id where k.client_id = $1', p_client),
    'course_meeting', subject_access_rows(
        'select m.* from course_meeting m join mentor_course k on k.id = m.course_id where k.client_id = $1', p_client),
    'course_handover', subject_access_rows(
        'select h.* from course_handover h join mentor_course k on k.id = h.course_id where k.client_id = $1', p_client),
    'course_fee', subject_access_rows(
        'select f.* from course_fee f join mentor_course k on k.id = f.course_id where k.client_id = $1', p_client),
    'course_goal_outcome', subject_access_rows(
        'select o.* from course_goal_outcome o join mentor_course k on k.id = o.course_id where k.client_id = $1', p_client),
    'course_continuation', subject_access_rows(
        'select c.* from course_continuation c join mentor_course k on k.id = c.course_id where k.client_id = $1', p_client),
    'activity_grant', subject_access_rows(
        'select g.* from activity_grant g join mentor_course k on k.id = g.course_id where k.client_id = $1', p_client),
    'status_report', subject_access_rows(
        'select s.* from status_report s join mentor_course k on k.id = s.course_id where k.client_id = $1', p_client),
    'status_report_goal', subject_access_rows(
        'select g.* from status_report_goal g join status_report s on s.id = g.report_id
         join mentor_course k on k.id = s.course_id where k.client_id = $1', p_client),
    'status_report_task', subject_access_rows(
        'select t.* from status_report_task t join status_report s on s.id = t.report_id
         join mentor_course k on k.id = s.course_id where k.client_id = $1', p_client),
    'mentor_match_choice', subject_access_rows('select * from mentor_match_choice where client_id = $1', p_client),
    'mentor_close_relation', subject_access_rows('select * from mentor_close_relation where client_id = $1', p_client),
    'mentor_employee_exception', subject_access_rows('select * from mentor_employee_exception where client_id = $1', p_client),
    'mentor_commitment', subject_access_rows(
        'select id, mentor_id, client_id, hours_per_week, active, started_on, ended_on from mentor_commitment where client_id = $1',
        p_client),
    'audit_event', subject_access_rows(
        'select id, occurred_at, role, action, purpose from audit_event
         where (subject_type = ''CLIENT'' and subject_id = $1::text)
            or (subject_type = ''COURSE'' and subject_id in (select id::text from mentor_course where client_id = $1))
         order by id', p_client)
);
$$;

create function subject_access_mentor(p_mentor bigint) returns jsonb
    language sql stable as
$$
select jsonb_build_object(
    'mentor', subject_access_rows('select * from mentor where id = $1', p_mentor),
    'app_user', subject_access_rows(
        'select u.id, u.username, u.display_name, u.role, u.enabled, u.created_at
         from app_user u join mentor m on m.user_id = u.id where m.id = $1', p_mentor),
    'mentor_language', subject_access_rows('select * from mentor_language where mentor_id = $1', p_mentor),
    'mentor_need_area', subject_access_rows('select * from mentor_need_area where mentor_id = $1', p_mentor),
    'mentor_task_group', subject_access_rows('select * from mentor_task_group where mentor_id = $1', p_mentor),
    'mentor_status_change', subject_access_rows('select * from mentor_status_change where mentor_id = $1', p_mentor),
    'approval_case', subject_access_rows('select * from approval_case where mentor_id = $1', p_mentor),
    'mentor_commitment', subject_access_rows(
        'select id, mentor_id, hours_per_week, active, started_on, ended_on, created_at from mentor_commitment
         where mentor_id = $1', p_mentor),
    'mentor_course', subject_access_rows(
        'select id, state, area_id, agreed_hours, start_date, ended_on, end_reason from mentor_course
         where mentor_id = $1 or proposed_mentor_id = $1', p_mentor),
    'mentor_match_choice', subject_access_rows(
        'select id, mentor_id, rank, chosen_at from mentor_match_choice where mentor_id = $1', p_mentor),
    'mentor_close_relation', subject_access_rows(
        'select id, mentor_id, declared_by, recorded_at from mentor_close_relation where mentor_id = $1', p_mentor),
    'mentor_employee_exception', subject_access_rows(
        'select id, mentor_id, recorded_at from mentor_employee_exception where mentor_id = $1', p_mentor),
    'audit_event', subject_access_rows(
        'select id, occurred_at, role, action, purpose from audit_event
         where subject_type = ''MENTOR'' and subject_id = $1::text', p_mentor)
);
$$;
