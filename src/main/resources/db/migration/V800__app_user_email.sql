-- Issue 11 (notifications): every user can have an e-mail address, where notices are mailed. Optional, so the
-- existing users keep working; the user administration sets it. Published to other modules through staff_card
-- (the view gets the column at its end; its other columns are unchanged).
alter table app_user add column email varchar(254);

create or replace view staff_card as
select u.id, u.username, u.display_name, u.role, u.area_id, u.unit_id, u.certified_assessor, u.enabled, u.email
from app_user u;
