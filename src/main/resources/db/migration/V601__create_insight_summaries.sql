-- Issue 13: the insight module's own tables. The pages read these summaries, which the refresh job
-- (insight.InsightRefresh, once across instances through ShedLock) rebuilds; no page scans reports.

-- Compliance of each open (preparing or active) course with E1-E9, C4-C8 and S1-S3.
create table insight_course_compliance (
    course_id           bigint      not null,
    area_id             bigint      not null,
    unit_id             bigint,
    responsible_user_id bigint,
    rule_id             varchar(3)  not null,
    status              varchar(20) not null check (status in ('MET', 'DUE', 'OVERDUE', 'NOT_APPLICABLE')),
    due_on              date,
    primary key (course_id, rule_id)
);
create index insight_course_compliance_area_idx on insight_course_compliance (area_id, rule_id, status);

-- National figures per quarter and dimension. A figure's value is amount (a count, or the numerator
-- or sum of a rate or average) over count (its denominator); sums of both stay correct across areas.
create table insight_figure (
    quarter_start date          not null,
    figure        varchar(40)   not null,
    area_id       bigint,
    unit_type     varchar(30),
    risk_level    varchar(20),
    category      varchar(60)   not null default '',
    amount        numeric(14, 2) not null,
    count         bigint        not null
);
create index insight_figure_quarter_idx on insight_figure (quarter_start, figure);

create table insight_refresh (
    id           integer     primary key check (id = 1),
    refreshed_at timestamptz not null,
    duration_ms  bigint      not null
);

-- The refresh job runs on one instance at a time through ShedLock's table shedlock (V031).
