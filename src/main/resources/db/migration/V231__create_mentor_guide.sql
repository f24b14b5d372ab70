-- Issue 17: the mentor guide (news 2019, "en guide for mentorarbejdet"), a page the directorate edits. Each save
-- is a new numbered version with its author and time; mentors read the newest. Plain text with a few markdown
-- marks (headings, lists), rendered without HTML.
create table mentor_guide_version (
    number          integer      primary key check (number > 0),
    body            text         not null check (length(body) between 1 and 50000),
    created_at      timestamptz  not null,
    created_by      bigint       not null,
    created_by_name varchar(200) not null
);
comment on table mentor_guide_version is 'The mentor guide, one row per saved version (newest = highest number)';
