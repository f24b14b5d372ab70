-- Issue 13 (national figures, compliance, data quality): the read views the insight module needs.
-- Each view is published by the module that owns the data (Spring Modulith: no module reads another
-- module's tables); each carries dates, states and counts only: no report text, no plan text, no
-- criminal-record details (AZ3), no CPR number.

create view area_card as
select a.id, a.code, a.name
from area a;
comment on view area_card is 'Published by the reference module: the four areas.';

create view unit_card as
select u.id, u.area_id, u.name, u.type
from unit u;
comment on view unit_card is 'Published by the reference module: the units of each area and their type.';

create view client_eligibility_card as
select c.id, c.area_id, c.unit_id, c.custody_status, c.expected_release_date, c.current_risk_level,
       c.current_assessment_date,
       (c.special_need is not null and btrim(c.special_need) <> '') as has_special_need,
       c.motivated, c.motivation_date, c.last_offer_date, c.last_offer_answer,
       c.eligible_from, c.eligible_until, c.offer_due
from client c;
comment on view client_eligibility_card is
    'Published by the client module: the eligibility facts (E1-E9) of a client, without the need text (E2) itself.';

-- Possible duplicate clients. The CPR lookup hash is unique (DP1, client_cpr_hash_uk), so two records
-- of one person can only differ in the CPR number typed; the same first and last name in one area is
-- the signal a coordinator checks by hand.
create view client_duplicate_card as
select c.id, c.area_id, lower(btrim(c.first_name)) || ' ' || lower(btrim(c.last_name)) as name_key
from client c
where exists (select 1 from client d
              where d.id <> c.id and d.area_id = c.area_id
                and lower(btrim(d.first_name)) = lower(btrim(c.first_name))
                and lower(btrim(d.last_name)) = lower(btrim(c.last_name)));
comment on view client_duplicate_card is 'Published by the client module: clients whose name occurs twice in their area.';

create view mentor_offer_card as
select o.id, o.client_id, o.offered_on, o.answer
from mentor_offer o;
comment on view mentor_offer_card is 'Published by the client module: offers of a mentor (E9) and the answers, without notes.';

create view course_compliance_card as
select k.id, k.client_id, k.area_id, k.state, k.planned_start, k.start_date, k.mentor_id, k.responsible_user_id,
       k.responsible_name, k.continues_after_release,
       (k.no_continuation_reason is not null and btrim(k.no_continuation_reason) <> '') as has_no_continuation_reason,
       k.continuation_to_confirm, k.continuation_raised_on, k.ended_on, k.end_reason
from mentor_course k;
comment on view course_compliance_card is
    'Published by the course module: the facts of a course that the compliance panel (C4-C8, E5-E8) needs, no free text.';

create view course_goal_outcome_card as
select o.course_id, o.position, o.need_area, o.outcome
from course_goal_outcome o;
comment on view course_goal_outcome_card is 'Published by the course module: coded goal outcomes (C12) per need area, without the goal text.';

create view course_meeting_card as
select m.id, m.course_id, m.kind, m.held_on
from course_meeting m;
comment on view course_meeting_card is 'Published by the meeting module: kick-off (C5) and review (C8) dates, without agreements.';

create view action_plan_card as
select p.course_id, p.current_number,
       (v.need_description is not null and btrim(v.need_description) <> '') as has_need,
       (select count(*) from action_plan_task t
        where t.version_id = v.id
          and (coalesce(btrim(t.mentor_tasks), '') <> '' or coalesce(btrim(t.service_tasks), '') <> '')) as task_groups
from action_plan p
join action_plan_version v on v.plan_id = p.id and v.number = p.current_number;
comment on view action_plan_card is
    'Published by the actionplan module: whether the current version states the need (C4) and divides tasks (C6).';

create view status_report_card as
select r.id, r.course_id, r.kind, r.period_start, r.period_end, r.channel, r.status, r.duty_to_notify,
       coalesce(r.received_on, (r.submitted_at at time zone 'Europe/Copenhagen')::date) as delivered_on
from status_report r;
comment on view status_report_card is
    'Published by the statusreport module: kind, period, status and the duty-to-notify flag (S1-S4); never the report text.';

create view approval_case_card as
select a.id, a.mentor_id, a.area_id, (a.flagged_at at time zone 'Europe/Copenhagen')::date as flagged_on,
       (a.decided_at at time zone 'Europe/Copenhagen')::date as decided_on, a.decision
from approval_case a;
comment on view approval_case_card is
    'Published by the approval module: dates and decisions of M8 cases; never the justification or reason (AZ3).';

create view mentor_vetting_card as
select m.id as mentor_id, m.home_area_id, m.status, m.consent_given_on, m.record_checked_on
from mentor m;
comment on view mentor_vetting_card is
    'Published by the mentor module: status and vetting dates only (validity, DOMAIN §9); never the result or notes (AZ3).';
