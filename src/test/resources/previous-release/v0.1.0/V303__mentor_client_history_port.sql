-- The registry's second port to the course feature (like mentor_agreed_hours for M10): which mentors
-- a client has had. Matching ranks "a previous mentor of this client" first (DOMAIN §9). A mentor
-- counts once appointed: an ACTIVE or ENDED course, or a commitment the registry recorded itself.
create or replace view mentor_client_history as
select c.mentor_id, c.client_id
from mentor_commitment c
where c.client_id is not null
union
select k.mentor_id, k.client_id
from mentor_course k
where k.mentor_id is not null
  and k.state in ('ACTIVE', 'ENDED');

comment on view mentor_client_history is 'Matching port: the mentors each client has had (courses and registry commitments)';
