-- The meeting module publishes one view of each course's meeting dates, course_meeting_dates (V311);
-- meeting_course_dates (V410) was a twin with another column name. Status reports now read V311's.
drop view meeting_course_dates;
