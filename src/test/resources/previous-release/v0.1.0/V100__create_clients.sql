-- Clients (DOMAIN §2, §3) and their custody status history. A client belongs to the competent area
-- (C1), which follows from the custody status. The current status, the latest LS/RNR assessment, the
-- latest mentor offer and the eligibility window are kept on the client row by the application, so
-- that lists and filters need one query; their histories are in their own tables.
create table client (
    id                           bigserial primary key,
    area_id                      bigint       not null references area (id),
    first_name                   varchar(100) not null,
    last_name                    varchar(100) not null,
    cpr_encrypted                varchar(200) not null,
    cpr_hash                     varchar(64)  not null,
    phone                        varchar(40),
    email                        varchar(200),
    address                      varchar(300),
    preferred_language           varchar(2),
    custody_status               varchar(30)  not null check (custody_status in
        ('INMATE', 'UNDER_SUPERVISION', 'VOLUNTARY_SUPERVISION', 'RELEASED_NO_SUPERVISION', 'ELECTRONIC_MONITORING')),
    status_since                 date         not null,
    unit_id                      bigint       not null references unit (id),
    release_unit_id              bigint references unit (id),
    expected_release_date        date,
    supervision_end_date         date,
    previously_under_supervision boolean      not null default false,
    special_need                 varchar(4000),
    motivated                    boolean,
    motivation_date              date,
    motivation_note              varchar(1000),
    current_risk_level           varchar(20) check (current_risk_level in ('VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    current_assessment_date      date,
    last_offer_date              date,
    last_offer_answer            varchar(20) check (last_offer_answer in ('ACCEPTED', 'DECLINED', 'NO_ANSWER')),
    eligible_from                date,
    eligible_until               date,
    offer_due                    boolean      not null default false,
    created_at                   timestamptz  not null,
    created_by                   bigint references app_user (id),
    updated_at                   timestamptz  not null,
    version                      bigint       not null default 0,
    constraint client_inmate_has_release check (custody_status <> 'INMATE' or expected_release_date is not null),
    constraint client_motivation_dated check (motivated is null or motivation_date is not null)
);

-- DP1: one client per CPR number, found by the keyed hash only.
create unique index client_cpr_hash_uk on client (cpr_hash);
-- Lists: always within one area (AZ2), ordered by name with the id as tiebreak.
create index client_area_name_idx on client (area_id, lower(last_name), lower(first_name), id);
create index client_area_status_idx on client (area_id, custody_status);
create index client_area_risk_idx on client (area_id, current_risk_level);
create index client_area_eligible_idx on client (area_id, eligible_from, eligible_until);
create index client_offer_due_idx on client (area_id, lower(last_name), id) where offer_due;
-- Prefix search by name under a non-C collation needs text_pattern_ops (DESIGN §3).
create index client_last_name_prefix_idx on client (lower(last_name) text_pattern_ops);
create index client_first_name_prefix_idx on client (lower(first_name) text_pattern_ops);

comment on table client is 'Clients of the mentor scheme: personal and criminal-offence related data (GDPR art. 10); area-scoped, every read audited';
comment on column client.cpr_encrypted is 'DP1: CPR number, AES-256-GCM encrypted with a key outside the database (version byte, IV, ciphertext, tag; base64). Never in clear.';
comment on column client.cpr_hash is 'DP1: HMAC-SHA256 of the CPR number with a secret key, for exact search and uniqueness; not reversible without the key';
comment on column client.first_name is 'Personal data';
comment on column client.last_name is 'Personal data';
comment on column client.phone is 'Personal data: contact details';
comment on column client.email is 'Personal data: contact details';
comment on column client.address is 'Personal data: contact details';
comment on column client.special_need is 'E2 (§2 nr. 2): the documented special need for support; sensitive';
comment on column client.motivated is 'E3 (§2 nr. 3): motivated for a mentor course; null = not recorded';
comment on column client.area_id is 'C1: the competent area, following from the custody status';
comment on column client.eligible_from is 'Maintained by the application from the eligibility engine: first day a mentor is possible as things stand, null = not eligible';
comment on column client.offer_due is 'E9: a mentor must be offered and no offer is recorded (maintained by the application)';

create table client_custody_status (
    id                    bigserial primary key,
    client_id             bigint       not null references client (id),
    status                varchar(30)  not null,
    valid_from            date         not null,
    unit_id               bigint       not null references unit (id),
    release_unit_id       bigint references unit (id),
    expected_release_date date,
    supervision_end_date  date,
    area_id               bigint       not null references area (id),
    recorded_at           timestamptz  not null,
    recorded_by           bigint references app_user (id),
    recorded_by_name      varchar(200) not null
);
create index client_custody_status_client_idx on client_custody_status (client_id, valid_from desc, id desc);

comment on table client_custody_status is 'History of custody status changes: what, from when, recorded by whom and when; never updated';
