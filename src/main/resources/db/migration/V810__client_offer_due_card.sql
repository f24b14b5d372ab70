-- Issue 11 (E9 reminders): the client module's published view of the clients whose offer of a mentor is due
-- (E1 and E2 met, no offer recorded; client.offer_due, kept by the application), for the notification module's
-- daily job. The client records no date for when the offer became due, so the view gives the later of the latest
-- LS/RNR assessment (E1) and the registration; and who registered the client (the caseworker told, while still a
-- caseworker of the area). No name, no CPR, no need text. Read through the partial index client_offer_due_idx.
create view client_offer_due_card as
select c.id, c.area_id, c.created_by as registered_by,
       greatest(c.current_assessment_date, (c.created_at at time zone 'Europe/Copenhagen')::date) as offer_due_since
from client c
where c.offer_due;

comment on view client_offer_due_card is
    'Published by the client module: clients whose mentor offer is due (E9), since when, and who registered them (V810).';
