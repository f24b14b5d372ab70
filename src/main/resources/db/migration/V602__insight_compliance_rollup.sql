-- Issue 10/13: the compliance roll-up is counted once per refresh, not on every page view. At ten
-- times national scale grouping insight_course_compliance per view took 150-600 ms per query and the
-- coordinator's start page ran three such queries. The refresh job (InsightAggregates) fills these
-- tables in the same transaction as insight_course_compliance.

-- Items per area, rule and status (the rule table of the roll-up; national = the sum over areas).
create table insight_compliance_count (
    area_id bigint      not null,
    rule_id varchar(3)  not null,
    status  varchar(20) not null,
    items   bigint      not null,
    primary key (area_id, rule_id, status)
);

-- One row per area (national view), and per unit and responsible person within an area.
create table insight_compliance_group (
    dimension       varchar(12)  not null check (dimension in ('AREA', 'UNIT', 'RESPONSIBLE')),
    area_id         bigint       not null,
    group_id        bigint,
    name            varchar(200),
    courses         bigint       not null,
    courses_overdue bigint       not null,
    overdue         bigint       not null,
    due             bigint       not null
);
create index insight_compliance_group_idx on insight_compliance_group (dimension, area_id, overdue desc);

-- The lists behind a count, most urgent first, read a page at a time.
create index insight_course_compliance_status_idx
    on insight_course_compliance (area_id, status, due_on, course_id, rule_id);

-- Possible duplicates are now found by grouping client_card on an expression index (V705); the view
-- that compared every client with every other client of its area is no longer read.
drop view client_duplicate_card;
