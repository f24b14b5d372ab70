-- Generated volume for benchmarks (bench/generate.sh). Fictional people only. Scale factor :scale
-- (psql variable): 1 = national scale (10,000 clients, 2,000 mentors, 5,900 courses, about 150,000
-- status reports, 400,000 audit rows), 10 = the performance goal. Runs after the application has
-- migrated the database (and usually after the demo data), through every constraint and trigger.
-- Deterministic: every "random" choice is a hash of the row number and a salt (hashint8extended),
-- so the same scale always gives the same data. CPR numbers come sealed from bench_cpr
-- (SealCprNumbers.java, the application's own CprProtector).
\set ON_ERROR_STOP on
\timing off
set client_min_messages = warning;

-- r(n, salt): a deterministic pseudo-random number in [0, 1).
create or replace function pg_temp.r(n bigint, salt integer) returns double precision
    language sql immutable as $$ select (abs(hashint8extended(n, salt)) % 1000003) / 1000003.0 $$;
-- pick(n, salt, k): a deterministic pseudo-random integer in [1, k].
create or replace function pg_temp.pick(n bigint, salt integer, k bigint) returns bigint
    language sql immutable as $$ select 1 + abs(hashint8extended(n, salt)) % greatest(k, 1) $$;

create temp table first_names (k serial, name text);
insert into first_names (name) select unnest(array['Anders','Mette','Jens','Hanne','Peter','Susanne','Lars','Camilla',
  'Henrik','Louise','Søren','Maria','Thomas','Anne','Martin','Kirsten','Michael','Julie','Rasmus','Sofie','Mads','Emma',
  'Jonas','Ida','Christian','Laura','Mikkel','Nanna','Kasper','Freja','Ahmad','Fatima','Ali','Aisha','Mohammed','Leila',
  'Omar','Yasmin','Emil','Signe','Frederik','Cecilie','Nikolaj','Line','Simon','Maja','Tobias','Karen','Oliver','Helle']);
create temp table last_names (k serial, name text);
insert into last_names (name) select unnest(array['Jensen','Nielsen','Hansen','Pedersen','Andersen','Christensen','Larsen',
  'Sørensen','Rasmussen','Jørgensen','Petersen','Madsen','Kristensen','Olsen','Thomsen','Christiansen','Poulsen','Johansen',
  'Møller','Mortensen','Knudsen','Jakobsen','Mikkelsen','Frederiksen','Laursen','Henriksen','Lund','Schmidt','Eriksen',
  'Holm','Kristiansen','Clausen','Simonsen','Svendsen','Andreasen','Iversen','Jeppesen','Mogensen','Jacobsen','Ali',
  'Hassan','Rahimi','Yilmaz','Nguyen','Kowalski','Bertelsen','Vestergaard','Dam','Bach','Lauridsen']);

-- Area shares roughly as the population: Hovedstaden 35 %, Sjælland 20 %, Syddanmark 20 %, Midt- og Nordjylland 25 %.
create or replace function pg_temp.area_of(n bigint, salt integer) returns bigint language sql immutable as $$
    select case when pg_temp.r(n, salt) < 0.35 then 1 when pg_temp.r(n, salt) < 0.55 then 2
                when pg_temp.r(n, salt) < 0.75 then 3 else 4 end::bigint $$;

select coalesce((select password_hash from app_user where username = 'sagsbehandler'), 'bench-user-cannot-log-in') as pw \gset

-- Staff: 100 caseworkers, 6 coordinators per scale unit; 2 directorate users.
insert into app_user (username, display_name, password_hash, role, area_id, unit_id, certified_assessor)
select 'bench.sb.' || g, f.name || ' ' || l.name, :'pw', 'CASEWORKER', a.area, a.area * 100 + pg_temp.pick(g, 2, 5),
       pg_temp.r(g, 3) < 0.6
from generate_series(1, 100 * :scale) g
cross join lateral (select pg_temp.area_of(g, 1) as area) a
join first_names f on f.k = pg_temp.pick(g, 4, 50) join last_names l on l.k = pg_temp.pick(g, 5, 50);
insert into app_user (username, display_name, password_hash, role, area_id, unit_id)
select 'bench.th.' || g, 'Tovholder ' || g, :'pw', 'COORDINATOR', 1 + g % 4, (1 + g % 4) * 100 + 4
from generate_series(1, 6 * :scale) g;
insert into app_user (username, display_name, password_hash, role)
select 'bench.dir.' || g, 'Direktorat ' || g, :'pw', 'DIRECTORATE' from generate_series(1, 2) g;

create temp table caseworker as
select id, area_id, row_number() over (partition by area_id order by id) as k from app_user where role = 'CASEWORKER';
create temp table caseworker_count as select area_id, count(*) as n from caseworker group by area_id;

-- Clients: 10,000 per scale unit.
select coalesce(max(id), 0) as client_base from client \gset
insert into client (area_id, first_name, last_name, cpr_encrypted, cpr_hash, phone, email, address, preferred_language,
                    custody_status, status_since, unit_id, expected_release_date, supervision_end_date,
                    previously_under_supervision, special_need, motivated, motivation_date, current_risk_level,
                    current_assessment_date, eligible_from, eligible_until, offer_due, created_at, updated_at)
select s.area, f.name, l.name, c.cpr_encrypted, c.cpr_hash,
       '2' || lpad((g % 10000000)::text, 7, '0'), null, 'Bench Allé ' || g % 200 || ', ' || (1000 + g % 8900),
       case when pg_temp.r(g, 13) < 0.8 then 'DA' when pg_temp.r(g, 13) < 0.9 then 'AR' else 'EN' end,
       s.status, current_date - (30 + pg_temp.pick(g, 14, 700))::int,
       s.area * 100 + case when s.status = 'INMATE' then pg_temp.pick(g, 15, 3) else 3 + pg_temp.pick(g, 15, 2) end,
       case when s.status = 'INMATE' then current_date + pg_temp.pick(g, 16, 700)::int end,
       case when s.status in ('UNDER_SUPERVISION', 'ELECTRONIC_MONITORING') then current_date + pg_temp.pick(g, 17, 1000)::int end,
       pg_temp.r(g, 18) < 0.3,
       case when pg_temp.r(g, 19) < 0.7 then 'Behov for støtte til struktur i hverdagen og kontakt til myndigheder.' end,
       case when pg_temp.r(g, 20) < 0.6 then true when pg_temp.r(g, 20) < 0.7 then false end,
       case when pg_temp.r(g, 20) < 0.7 then current_date - pg_temp.pick(g, 21, 300)::int end,
       (array['VERY_LOW','LOW','MEDIUM','HIGH','VERY_HIGH'])[pg_temp.pick(g, 22, 5)],
       current_date - pg_temp.pick(g, 23, 900)::int,
       case when pg_temp.r(g, 24) < 0.5 then current_date - pg_temp.pick(g, 25, 200)::int end,
       case when pg_temp.r(g, 24) < 0.5 then current_date + pg_temp.pick(g, 26, 600)::int end,
       pg_temp.r(g, 27) < 0.03,
       now() - make_interval(days => pg_temp.pick(g, 28, 1500)::int), now() - make_interval(days => pg_temp.pick(g, 29, 30)::int)
from generate_series(1, 10000 * :scale) g
join bench_cpr c on c.n = g
cross join lateral (select pg_temp.area_of(g, 11) as area,
    case when pg_temp.r(g, 12) < 0.40 then 'INMATE' when pg_temp.r(g, 12) < 0.75 then 'UNDER_SUPERVISION'
         when pg_temp.r(g, 12) < 0.80 then 'VOLUNTARY_SUPERVISION' when pg_temp.r(g, 12) < 0.95 then 'RELEASED_NO_SUPERVISION'
         else 'ELECTRONIC_MONITORING' end as status) s
join first_names f on f.k = pg_temp.pick(g, 6, 50) join last_names l on l.k = pg_temp.pick(g, 7, 50)
where not exists (select 1 from client x where x.cpr_hash = c.cpr_hash)
order by g;
create temp table gen_client as
select id, area_id, row_number() over (order by id) as k from client where id > :client_base;
create index on gen_client (k);
select count(*) as clients from gen_client \gset

insert into client_custody_status (client_id, status, valid_from, unit_id, expected_release_date, supervision_end_date,
                                   area_id, recorded_at, recorded_by_name)
select c.id, c.custody_status, c.status_since, c.unit_id, c.expected_release_date, c.supervision_end_date, c.area_id,
       c.created_at, 'Bench'
from client c where c.id > :client_base;

-- One LS/RNR assessment per client with all eight need areas.
select coalesce((select id from app_user where role = 'CASEWORKER' and certified_assessor order by id limit 1), 0) as assessor \gset
insert into risk_assessment (client_id, assessed_on, risk_level, assessor_id, assessor_name, recorded_at)
select c.id, c.current_assessment_date, c.current_risk_level, :assessor, 'Bench', c.created_at
from client c where c.id > :client_base;
insert into risk_assessment_need (assessment_id, need_area, level)
select a.id, n.area, (array['VERY_LOW','LOW','MEDIUM','HIGH','VERY_HIGH'])[pg_temp.pick(a.id, n.k::int, 5)]
from risk_assessment a
cross join (select k, area from unnest(array['CRIMINAL_HISTORY','EDUCATION_EMPLOYMENT','FAMILY_MARITAL','LEISURE_RECREATION',
    'COMPANIONS','ALCOHOL_DRUG','PROCRIMINAL_ATTITUDE','ANTISOCIAL_PATTERN']) with ordinality as u(area, k)) n
where a.client_id > :client_base;
insert into mentor_offer (client_id, offered_on, answer, recorded_by_name, recorded_at)
select c.id, current_date - pg_temp.pick(c.id, 31, 400)::int,
       (array['ACCEPTED','DECLINED','NO_ANSWER'])[pg_temp.pick(c.id, 32, 3)], 'Bench', c.created_at
from client c where c.id > :client_base and pg_temp.r(c.id, 30) < 0.5;

-- Mentors: 2,000 per scale unit, in every registry state.
select coalesce(max(id), 0) as mentor_base from mentor \gset
insert into mentor (first_name, last_name, birth_date, email, phone, address, postal_code, city, home_area_id,
                    speaks_danish, cooperation_declared_on, documentation_declared_on, confidentiality_signed_on,
                    hours_per_week, unavailable_until, training_completed_on, status, status_changed_at, vetting_area_id,
                    consent_given_on, record_checked_on, record_result, directorate_approved_at, created_at, created_by,
                    cpr_encrypted, cpr_hash)
select f.name, l.name, c.birth_date, 'mentor' || g || '@bench.invalid', '3' || lpad(g::text, 7, '0'),
       'Mentorvej ' || g % 300, lpad((1000 + g % 8900)::text, 4, '0'), 'Benchby', s.area,
       pg_temp.r(g, 42) < 0.9,
       case when s.vetted then current_date - 800 end, case when s.vetted then current_date - 800 end,
       case when s.vetted then current_date - 800 end,
       (2 + pg_temp.pick(g, 43, 33) * 0.5)::numeric(4, 1),
       case when pg_temp.r(g, 44) < 0.03 then current_date + pg_temp.pick(g, 45, 60)::int end,
       case when s.status in ('APPROVED', 'INACTIVE', 'RETIRED') then current_date - 700 end,
       s.status, now() - make_interval(days => pg_temp.pick(g, 46, 700)::int),
       case when s.vetted then s.area end,
       case when s.vetted or s.status = 'VETTING' then current_date - 760 + pg_temp.pick(g, 47, 30)::int end,
       case when s.vetted then current_date - 750 + pg_temp.pick(g, 48, 740)::int end,
       case when s.vetted then case when s.registered then 'REGISTERED' else 'NOT_REGISTERED' end end,
       case when s.registered and s.status = 'APPROVED' then now() - interval '30 days' end,
       now() - interval '800 days', 'bench',
       case when pg_temp.r(g, 49) < 0.3 then c.cpr_encrypted end, case when pg_temp.r(g, 49) < 0.3 then c.cpr_hash end
from generate_series(1, 2000 * :scale) g
join bench_cpr c on c.n = 10000 * :scale + g
cross join lateral (select pg_temp.area_of(g, 40) as area, x.status,
        x.status not in ('APPLICANT', 'VETTING') as vetted,
        (x.status = 'AWAITING_DIRECTORATE' or (x.status in ('APPROVED', 'REJECTED') and pg_temp.r(g, 50) < 0.05)) as registered
    from (select case when pg_temp.r(g, 41) < 0.70 then 'APPROVED' when pg_temp.r(g, 41) < 0.78 then 'APPLICANT'
                      when pg_temp.r(g, 41) < 0.85 then 'VETTING' when pg_temp.r(g, 41) < 0.86 then 'AWAITING_DIRECTORATE'
                      when pg_temp.r(g, 41) < 0.90 then 'REJECTED' when pg_temp.r(g, 41) < 0.96 then 'INACTIVE'
                      else 'RETIRED' end as status) x) s
join first_names f on f.k = pg_temp.pick(g, 8, 50) join last_names l on l.k = pg_temp.pick(g, 9, 50)
where not exists (select 1 from mentor x where x.cpr_hash = c.cpr_hash)
order by g;

insert into mentor_need_area (mentor_id, need_area)
select m.id, n.area from mentor m
cross join unnest(array['CRIMINAL_HISTORY','EDUCATION_EMPLOYMENT','FAMILY_MARITAL','LEISURE_RECREATION',
    'COMPANIONS','ALCOHOL_DRUG','PROCRIMINAL_ATTITUDE','ANTISOCIAL_PATTERN']) with ordinality as n(area, k)
where m.id > :mentor_base and pg_temp.r(m.id, 60 + n.k::int) < 0.35;
insert into mentor_task_group (mentor_id, task_group)
select m.id, t.grp from mentor m
cross join unnest(array['PRACTICAL','COMMUNICATION','PERSONAL','RESOCIALISATION']) with ordinality as t(grp, k)
where m.id > :mentor_base and pg_temp.r(m.id, 70 + t.k::int) < 0.5;
insert into mentor_language (mentor_id, language)
select m.id, (array['en','ar','tr','pl','so','de'])[pg_temp.pick(m.id, 81, 6)] from mentor m
where m.id > :mentor_base and pg_temp.r(m.id, 80) < 0.25;
insert into mentor_status_change (mentor_id, from_status, to_status, changed_at, changed_by, reason)
select m.id, null, 'APPLICANT', m.created_at, 'bench', 'Ansøgning modtaget' from mentor m where m.id > :mentor_base;
insert into mentor_status_change (mentor_id, from_status, to_status, changed_at, changed_by, reason)
select m.id, 'APPLICANT', m.status, m.status_changed_at, 'bench', 'Generet til benchmark' from mentor m
where m.id > :mentor_base and m.status <> 'APPLICANT';
-- M8: an approval case for each registered candidate; open while awaiting the directorate.
insert into approval_case (mentor_id, area_id, justification, flagged_at, flagged_by, decision, decision_reason, decided_at, decided_by)
select m.id, m.vetting_area_id, 'Forholdet ligger mange år tilbage; området finder kandidaten egnet.',
       m.status_changed_at - interval '20 days', 'bench',
       case m.status when 'APPROVED' then 'APPROVED' when 'REJECTED' then 'REJECTED' end,
       case when m.status in ('APPROVED', 'REJECTED') then 'Afgjort' end,
       case when m.status in ('APPROVED', 'REJECTED') then m.status_changed_at end,
       case when m.status in ('APPROVED', 'REJECTED') then 'bench.dir.1' end
from mentor m where m.id > :mentor_base and m.record_result = 'REGISTERED';

-- Mentor users for the approved mentors (they write the reports).
insert into app_user (username, display_name, password_hash, role)
select 'bench.mentor.' || m.id, m.first_name || ' ' || m.last_name, :'pw', 'MENTOR'
from mentor m where m.id > :mentor_base and m.status = 'APPROVED';
update mentor m set user_id = u.id from app_user u
where u.username = 'bench.mentor.' || m.id and m.id > :mentor_base;

create temp table approved as
select id, row_number() over (order by id) as k from mentor where id > :mentor_base and status = 'APPROVED';
select count(*) as approved_count from approved \gset

-- Courses: 5,900 per scale unit. 50 % active, 10 % preparing (one open course per client: the first
-- clients), 40 % ended (spread over all clients). Active courses started up to five years ago.
select coalesce(max(id), 0) as course_base from mentor_course \gset
insert into mentor_course (client_id, area_id, state, planned_start, proposal, mentor_id, agreed_hours,
                           responsible_user_id, responsible_name, continues_after_release, start_date, established_at,
                           established_by_name, end_reason, ended_on, end_note, ended_at, ended_by_name,
                           created_at, created_by_name, updated_at)
select c.id, c.area_id, s.state, s.start_on, 'NONE',
       case when s.state <> 'PREPARING' then a.id end,
       case when s.state <> 'PREPARING' then (2 + pg_temp.pick(i, 91, 6) * 0.5)::numeric(4, 1) end,
       case when s.state <> 'PREPARING' then w.id end, case when s.state <> 'PREPARING' then 'Sagsbehandler ' || w.id end,
       true,
       case when s.state <> 'PREPARING' then s.start_on end,
       case when s.state <> 'PREPARING' then s.start_on::timestamptz end,
       case when s.state <> 'PREPARING' then 'Bench' end,
       case when s.state = 'ENDED' then (array['PURPOSE_ACHIEVED','BY_AGREEMENT','AREA_DECISION'])[pg_temp.pick(i, 92, 3)] end,
       s.end_on, case when s.state = 'ENDED' then 'Forløbet er afsluttet.' end,
       case when s.state = 'ENDED' then s.end_on::timestamptz end, case when s.state = 'ENDED' then 'Bench' end,
       s.start_on::timestamptz - interval '30 days', 'Bench', now() - make_interval(days => pg_temp.pick(i, 93, 60)::int)
from generate_series(1, 5900 * :scale) as gs(i)
cross join lateral (select case when i <= 2950 * :scale then 'ACTIVE' when i <= 3540 * :scale then 'PREPARING'
        else 'ENDED' end as state) st
join gen_client c on c.k = case when st.state = 'ENDED' then pg_temp.pick(i, 90, :clients) else i end
cross join lateral (select st.state,
        case st.state when 'ACTIVE' then current_date - (45 + pg_temp.pick(i, 94, 1780))::int
                       when 'PREPARING' then current_date + pg_temp.pick(i, 94, 40)::int
                       else current_date - (1300 + pg_temp.pick(i, 94, 1200))::int end as start_on,
        case when st.state = 'ENDED' then current_date - (1300 + pg_temp.pick(i, 94, 1200))::int
                                          + (300 + pg_temp.pick(i, 95, 900))::int end as end_on) s
join approved a on a.k = pg_temp.pick(i, 96, :approved_count)
join caseworker_count cc on cc.area_id = c.area_id
join caseworker w on w.area_id = c.area_id and w.k = pg_temp.pick(i, 97, cc.n)
order by i;
update mentor_course set ended_on = least(ended_on, current_date - 1), ended_at = least(ended_at, now() - interval '1 day')
where id > :course_base and state = 'ENDED' and ended_on >= current_date;

-- Action plans: one version with two goals and the task division.
insert into action_plan (course_id, current_number, created_at, updated_at)
select id, 1, created_at, created_at from mentor_course where id > :course_base;
insert into action_plan_version (plan_id, number, need_description, created_at, created_by_name)
select p.id, 1, 'Klienten har brug for støtte til uddannelse, bolig og et netværk uden kriminalitet.', p.created_at, 'Bench'
from action_plan p where p.course_id > :course_base;
insert into action_plan_goal (version_id, position, need_area, description)
select v.id, g, (array['EDUCATION_EMPLOYMENT','COMPANIONS','LEISURE_RECREATION','ALCOHOL_DRUG'])[pg_temp.pick(v.id, 100 + g, 4)],
       'Mål ' || g || ': en fast og meningsfuld hverdag'
from action_plan_version v join action_plan p on p.id = v.plan_id, generate_series(1, 2) g where p.course_id > :course_base;
insert into action_plan_task (version_id, task_group, mentor_tasks, service_tasks)
select v.id, t, 'Mentoren støtter', 'Kriminalforsorgen følger op'
from action_plan_version v join action_plan p on p.id = v.plan_id,
     unnest(array['PRACTICAL','COMMUNICATION','PERSONAL','RESOCIALISATION']) t where p.course_id > :course_base;

-- Meetings: the kick-off two weeks after the start and a review every third month; about 4 % of
-- active courses miss their latest review (overdue, C8).
insert into course_meeting (course_id, kind, held_on, participants, agreements, plan_version_number, recorded_at, recorded_by_name)
select k.id, case when n = 0 then 'KICK_OFF' else 'REVIEW' end, k.start_date + 10 + n * 91,
       'Klient, mentor, sagsbehandler', 'Aftaler om næste periode', 1, (k.start_date + 10 + n * 91)::timestamptz, 'Bench'
from mentor_course k
cross join lateral generate_series(0, ((coalesce(k.ended_on, current_date) - k.start_date - 10) / 91)) n
where k.id > :course_base and k.start_date is not null and k.start_date + 10 + n * 91 <= coalesce(k.ended_on, current_date)
  and not (k.state = 'ACTIVE' and pg_temp.r(k.id, 110) < 0.04 and n > 0
           and k.start_date + 10 + (n + 1) * 91 > current_date);

insert into course_fee (course_id, monthly_amount, valid_from, basis, set_at, set_by_name)
select id, 500 + pg_temp.pick(id, 120, 10) * 100, start_date, 'Takst efter aftale', start_date::timestamptz, 'Bench'
from mentor_course where id > :course_base and start_date is not null;
insert into activity_grant (course_id, granted_on, purpose, amount, granted_at, granted_by_name)
select id, start_date + 60, 'Entré til museum og transport', 250 + pg_temp.pick(id, 121, 10) * 50,
       (start_date + 60)::timestamptz, 'Bench'
from mentor_course where id > :course_base and start_date is not null and start_date + 60 < current_date
  and pg_temp.r(id, 122) < 0.3;

-- Status reports: one a month per active or ended course (about 150,000 per scale unit). Older
-- ones acknowledged, the last two months submitted, about 3 % missing (overdue, S1), a few by
-- telephone, a few with the duty to notify (S4).
select coalesce(max(id), 0) as report_base from status_report \gset
insert into status_report (course_id, kind, period_start, period_end, channel, template_version, status,
                           contacts_count, contacts_note, hours_spent, concerns, next_steps, duty_to_notify,
                           duty_to_notify_text, received_on, created_at, created_by_name, submitted_at, submitted_by_name,
                           acknowledged_at, acknowledged_by_name, updated_at)
select k.id, 'MONTHLY', p.start, p.end, x.channel, 1, x.status,
       pg_temp.pick(k.id * 100 + m, 131, 12), 'Ugentlige møder', (pg_temp.pick(k.id * 100 + m, 132, 40) * 0.5)::numeric(5, 1),
       case when pg_temp.r(k.id * 100 + m, 133) < 0.1 then 'Klienten har haft en svær periode.' end,
       'Fortsætter som aftalt',
       x.notify, case when x.notify then 'Mentoren har fået kendskab til et nyt forhold.' end,
       case when x.channel = 'TELEPHONE' then p.end + 5 end,
       (p.end + 2)::timestamptz, 'Bench', (p.end + 3)::timestamptz, 'Bench',
       case when x.status = 'ACKNOWLEDGED' then (p.end + 8)::timestamptz end,
       case when x.status = 'ACKNOWLEDGED' then 'Bench' end, (p.end + 8)::timestamptz
from mentor_course k
cross join lateral generate_series(0, ((extract(year from age(coalesce(k.ended_on, current_date), k.start_date)) * 12
                                       + extract(month from age(coalesce(k.ended_on, current_date), k.start_date))))::int) m
cross join lateral (select (date_trunc('month', k.start_date) + make_interval(months => m))::date as start,
                           (date_trunc('month', k.start_date) + make_interval(months => m + 1) - interval '1 day')::date as end) p
cross join lateral (select case when pg_temp.r(k.id * 100 + m, 134) < 0.05 then 'TELEPHONE' else 'WRITTEN' end as channel,
                           case when p.end > current_date - 45 then 'SUBMITTED' else 'ACKNOWLEDGED' end as status,
                           pg_temp.r(k.id * 100 + m, 135) < 0.002 as notify) x
where k.id > :course_base and k.start_date is not null and p.end < coalesce(k.ended_on, current_date)
  and pg_temp.r(k.id * 100 + m, 136) >= 0.03;

insert into status_report_goal (report_id, position, need_area, goal, progress)
select r.id, 1, 'EDUCATION_EMPLOYMENT', 'Mål 1: en fast og meningsfuld hverdag', 'Går fremad'
from status_report r where r.id > :report_base;
insert into status_report_task (report_id, task_group, work)
select r.id, 'PRACTICAL', 'Hjælp med post og aftaler' from status_report r where r.id > :report_base;

-- The audit log: 400,000 rows per scale unit over the last two years.
create temp table audit_user as select id, username, role, area_id, row_number() over (order by id) as k from app_user
where role <> 'MENTOR';
select count(*) as audit_users from audit_user \gset
insert into audit_event (occurred_at, user_id, username, role, area_id, action, subject_type, subject_id, details, request_id)
select now() - make_interval(secs => (g::double precision / (400000 * :scale)) * 63072000),
       u.id, u.username, u.role, u.area_id,
       (array['CLIENT_VIEWED','CLIENT_SEARCHED','COURSE_VIEWED','COURSE_LIST_VIEWED','REPORT_VIEWED','MENTOR_VIEWED',
              'MENTOR_SEARCHED','MENTOR_MATCHING','REPORT_ACKNOWLEDGED','LOGIN_SUCCEEDED'])[pg_temp.pick(g, 141, 10)],
       (array['CLIENT','CLIENT','COURSE','COURSE','REPORT','MENTOR','MENTOR','CLIENT','REPORT','USER'])[pg_temp.pick(g, 141, 10)],
       pg_temp.pick(g, 142, 10000 * :scale)::text, null, md5(g::text)
from generate_series(1, 400000 * :scale) g
join audit_user u on u.k = pg_temp.pick(g, 140, :audit_users);

drop table bench_cpr;
analyze;
select (select count(*) from client) as clients, (select count(*) from mentor) as mentors,
       (select count(*) from mentor_course) as courses, (select count(*) from status_report) as reports,
       (select count(*) from audit_event) as audit_rows, (select count(*) from app_user) as users;
