-- The security module's published read view (Spring Modulith: no module reads another module's
-- tables). Other modules join staff names and areas through this view, never through app_user.
create view staff_card as
select u.id, u.username, u.display_name, u.role, u.area_id, u.unit_id, u.certified_assessor, u.enabled
from app_user u;

comment on view staff_card is 'Published by the security module: users without their credentials.';
