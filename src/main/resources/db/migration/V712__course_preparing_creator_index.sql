-- Issue 10: "my courses" on the caseworker's and coordinator's start page include the courses they are
-- preparing (state PREPARING, created by them); without an index on the creator that branch read every
-- course in preparation nationally (about 5,900 at ten times national scale) on each view.
create index mentor_course_preparing_creator_idx on mentor_course (created_by) where state = 'PREPARING';
