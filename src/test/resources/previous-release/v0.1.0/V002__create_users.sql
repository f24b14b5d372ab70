-- Users of the system and their role (DOMAIN §1). Caseworkers and coordinators belong to one
-- area and one unit of that area; the directorate is national; a mentor user is linked to a
-- mentor record by the registry feature.
create table app_user (
    id                 bigserial primary key,
    username           varchar(100) not null,
    display_name       varchar(200) not null,
    password_hash      varchar(255) not null,
    role               varchar(20)  not null check (role in ('CASEWORKER', 'COORDINATOR', 'DIRECTORATE', 'MENTOR')),
    area_id            bigint references area (id),
    unit_id            bigint,
    certified_assessor boolean      not null default false,
    enabled            boolean      not null default true,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0,
    constraint app_user_area_required check (role in ('DIRECTORATE', 'MENTOR') or (area_id is not null and unit_id is not null)),
    constraint app_user_unit_in_area foreign key (unit_id, area_id) references unit (id, area_id)
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_area_idx on app_user (area_id);

comment on column app_user.password_hash is 'PBKDF2-HMAC-SHA256 hash with its encoder id (AS2); never a plain password';

-- AS4 login throttling. Keyed by a hash of the lower-cased user name, so unknown and known user
-- names are throttled alike and no typed user name (often a mistyped password) is stored in clear.
create table login_throttle (
    username_hash   varchar(64) primary key,
    failed_attempts integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
