-- LS/RNR assessments (E1, §2 nr. 1): date, certified assessor, overall risk level and the level of
-- each of the central eight need areas. Never updated; the latest (by date, then id) counts.
create table risk_assessment (
    id            bigserial primary key,
    client_id     bigint       not null references client (id),
    assessed_on   date         not null,
    risk_level    varchar(20)  not null check (risk_level in ('VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    assessor_id   bigint       not null references app_user (id),
    assessor_name varchar(200) not null,
    recorded_at   timestamptz  not null
);
create index risk_assessment_client_idx on risk_assessment (client_id, assessed_on desc, id desc);

create table risk_assessment_need (
    assessment_id bigint      not null references risk_assessment (id),
    need_area     varchar(30) not null check (need_area in ('CRIMINAL_HISTORY', 'EDUCATION_EMPLOYMENT', 'FAMILY_MARITAL',
        'LEISURE_RECREATION', 'COMPANIONS', 'ALCOHOL_DRUG', 'PROCRIMINAL_ATTITUDE', 'ANTISOCIAL_PATTERN')),
    level         varchar(20) not null check (level in ('VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    primary key (assessment_id, need_area)
);

comment on table risk_assessment is 'LS/RNR risk assessments: sensitive (criminal-offence related risk), area-scoped through the client';
comment on table risk_assessment_need is 'The level of each LS/RNR need area of an assessment: sensitive';
