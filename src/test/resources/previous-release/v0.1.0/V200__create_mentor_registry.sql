-- The national mentor registry (DOMAIN §4, rules M1-M10; circular §5-§8, §15).
-- One row per mentor or applicant. The registry is national: every area may search it; only the
-- home area's coordinators change a record. Criminal-record details (AZ3) are the record_* columns.
create table mentor (
    id                         bigserial primary key,
    first_name                 varchar(100) not null,
    last_name                  varchar(100) not null,
    birth_date                 date         not null,
    email                      varchar(200),
    phone                      varchar(40),
    address                    varchar(200),
    postal_code                varchar(4),
    city                       varchar(100),
    home_area_id               bigint       not null references area (id),
    speaks_danish              boolean      not null default false,
    cooperation_declared_on    date,
    documentation_declared_on  date,
    confidentiality_signed_on  date,
    employee_unit_id           bigint references unit (id),
    hours_per_week             numeric(4, 1) not null default 0 check (hours_per_week >= 0 and hours_per_week <= 99),
    unavailable_until          date,
    training_completed_on      date,
    status                     varchar(30)  not null check (status in ('APPLICANT', 'VETTING', 'AWAITING_DIRECTORATE',
                                                                       'APPROVED', 'REJECTED', 'INACTIVE', 'RETIRED')),
    status_changed_at          timestamptz  not null,
    vetting_area_id            bigint references area (id),
    consent_given_on           date,
    record_checked_on          date,
    record_result              varchar(20) check (record_result in ('REGISTERED', 'NOT_REGISTERED')),
    record_notes               varchar(2000),
    directorate_approved_at    timestamptz,
    proposed_for_client_id     bigint,
    user_id                    bigint unique references app_user (id),
    created_at                 timestamptz  not null,
    created_by                 varchar(100) not null,
    version                    bigint       not null default 0,
    constraint mentor_check_needs_consent check (record_checked_on is null or consent_given_on is not null),
    constraint mentor_check_complete check ((record_checked_on is null) = (record_result is null))
);
create index mentor_status_idx on mentor (status, home_area_id);
create index mentor_area_idx on mentor (home_area_id);
create index mentor_name_idx on mentor (lower(last_name) text_pattern_ops, lower(first_name));
create index mentor_proposed_idx on mentor (proposed_for_client_id) where proposed_for_client_id is not null;

comment on column mentor.birth_date is 'Personal data: date of birth (M1 age check on the day of appointment)';
comment on column mentor.address is 'Personal data: home address';
comment on column mentor.consent_given_on is 'M7 (§6): date of the written consent to the criminal-register check';
comment on column mentor.record_checked_on is 'AZ3 sensitive (GDPR art. 10): date of the criminal-register check; only the vetting area''s coordinators and the directorate';
comment on column mentor.record_result is 'AZ3 sensitive (GDPR art. 10): REGISTERED or NOT_REGISTERED; only the vetting area''s coordinators and the directorate';
comment on column mentor.record_notes is 'AZ3 sensitive (GDPR art. 10): notes on the criminal-register check; only the vetting area''s coordinators and the directorate';
comment on column mentor.directorate_approved_at is 'M8 (§7 stk. 2) and AZ3 sensitive: when the directorate approved a registered candidate in the current vetting round';
comment on column mentor.vetting_area_id is 'The area whose coordinators carried out the vetting and may see its details (AZ3)';
comment on column mentor.proposed_for_client_id is 'C3 (§11): the client who proposed this person as their mentor';
comment on column mentor.employee_unit_id is 'M5 (§5 stk. 2): the unit where the mentor is employed by the service, if any';

-- What the mentor can help with: LS/RNR need areas ("central eight") and the four task groups (DOMAIN §2).
create table mentor_need_area (
    mentor_id bigint      not null references mentor (id) on delete cascade,
    need_area varchar(40) not null,
    primary key (mentor_id, need_area)
);
create table mentor_task_group (
    mentor_id  bigint      not null references mentor (id) on delete cascade,
    task_group varchar(40) not null check (task_group in ('PRACTICAL', 'COMMUNICATION', 'PERSONAL', 'RESOCIALISATION')),
    primary key (mentor_id, task_group)
);

-- Languages besides Danish (ISO 639-1 codes). Danish itself is mentor.speaks_danish (M2).
create table mentor_language (
    mentor_id bigint     not null references mentor (id) on delete cascade,
    language  varchar(8) not null,
    primary key (mentor_id, language)
);

-- Every status transition: who, when and why (lifecycle, DOMAIN §4).
create table mentor_status_change (
    id          bigserial primary key,
    mentor_id   bigint       not null references mentor (id),
    from_status varchar(30),
    to_status   varchar(30)  not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(100) not null,
    reason      varchar(2000) not null
);
create index mentor_status_change_mentor_idx on mentor_status_change (mentor_id, changed_at);
comment on column mentor_status_change.reason is 'May refer to the vetting (AZ3): shown only to the vetting area''s coordinators and the directorate';

-- M6 (§5 stk. 3): a declared close relation between a mentor and a client. Hard block.
create table mentor_close_relation (
    id          bigserial primary key,
    mentor_id   bigint        not null references mentor (id),
    client_id   bigint        not null,
    declared_by varchar(20)   not null check (declared_by in ('MENTOR', 'CASEWORKER', 'CLIENT')),
    description varchar(500)  not null,
    recorded_at timestamptz   not null,
    recorded_by varchar(100)  not null,
    unique (mentor_id, client_id)
);
comment on table mentor_close_relation is 'M6 (§5 stk. 3): a close relative or associate of the client can never be appointed';

-- M5 (§5 stk. 2): the area's written exception for an employee to mentor a client of their own unit.
create table mentor_employee_exception (
    id            bigserial primary key,
    mentor_id     bigint        not null references mentor (id),
    client_id     bigint        not null,
    justification varchar(2000) not null,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(100)  not null,
    unique (mentor_id, client_id)
);

-- M10 (§15) workload. Until the course feature exists, a mentor's agreed hours come from this
-- table (filled by demo data and by reservations). The course feature will feed or replace it;
-- every reader goes through the view mentor_agreed_hours, so only the view has to change.
create table mentor_commitment (
    id             bigserial primary key,
    mentor_id      bigint        not null references mentor (id),
    client_id      bigint,
    description    varchar(200)  not null,
    hours_per_week numeric(4, 1) not null check (hours_per_week > 0),
    active         boolean       not null default true,
    started_on     date          not null,
    ended_on       date,
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null
);
create index mentor_commitment_mentor_idx on mentor_commitment (mentor_id) where active;
create index mentor_commitment_client_idx on mentor_commitment (client_id);

create view mentor_agreed_hours as
select m.id as mentor_id, coalesce(sum(c.hours_per_week) filter (where c.active), 0)::numeric(5, 1) as agreed_hours
from mentor m
         left join mentor_commitment c on c.mentor_id = m.id
group by m.id;
comment on view mentor_agreed_hours is 'M10 port: total agreed hours a week of a mentor''s active courses (today from mentor_commitment)';

-- A coordinator's choice of a mentor from the matching list; an override of a soft preference
-- (not choosing the top-ranked candidate) carries its reason. Never possible for an excluded one.
create table mentor_match_choice (
    id          bigserial primary key,
    mentor_id   bigint        not null references mentor (id),
    client_id   bigint        not null,
    rank        integer       not null,
    override_reason varchar(1000),
    chosen_at   timestamptz   not null,
    chosen_by   varchar(100)  not null
);
