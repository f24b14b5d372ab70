-- Issue 17: published read view for the directorate's figures (insight): the municipality and the kind of
-- municipal plan of each course's current action plan version. No names, no texts.
create view course_municipal_plan_card as
select p.course_id, v.municipality_code, v.municipal_plan_kind
from action_plan p
join action_plan_version v on v.plan_id = p.id and v.number = p.current_number;

comment on view course_municipal_plan_card is
    'Published (actionplan): the current action plan''s municipality and kind of municipal plan per course';
