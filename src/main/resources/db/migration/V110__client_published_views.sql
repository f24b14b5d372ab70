-- The client module's published read view (Spring Modulith: no module reads another module's tables).
-- No CPR number, no contact details: only what other modules show or filter on.
create view client_card as
select c.id, c.area_id, c.unit_id, c.release_unit_id, c.first_name, c.last_name, c.custody_status,
       c.expected_release_date, c.supervision_end_date, c.current_risk_level, c.current_assessment_date,
       c.preferred_language, c.eligible_from, c.eligible_until, c.offer_due
from client c;

-- The LS/RNR need areas of each client's latest assessment (for matching mentors' strengths).
create view client_latest_need as
select a.client_id, n.need_area, n.level
from risk_assessment_need n
join risk_assessment a on a.id = n.assessment_id
where a.id = (select l.id from risk_assessment l where l.client_id = a.client_id
              order by l.assessed_on desc, l.id desc limit 1);

comment on view client_card is 'Published by the client module: a client as other modules may see it (no CPR, no contact data).';
comment on view client_latest_need is 'Published by the client module: need areas of each client''s latest LS/RNR assessment.';
