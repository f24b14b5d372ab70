-- Issue 14 (AS3): the second factor of local accounts and the invitations that replace passwords set by others.
--
-- user_totp: a user's confirmed TOTP authenticator (RFC 6238). The shared secret is sealed with AES-GCM (key derived
-- from the application's encryption key, outside the database). last_used_step is the 30-second time step of the last
-- code accepted: a code of that step or an earlier one is refused, so an observed code cannot be replayed.
create table user_totp (
    user_id          bigint primary key references app_user (id),
    secret_sealed    varchar(200) not null,
    last_used_step   bigint       not null,
    confirmed_at     timestamptz  not null
);

-- user_recovery_code: ten one-time codes per enrolment, shown once and stored only as SHA-256 hashes (the codes are
-- random with 60 bits, so a slow hash adds nothing); used_at marks a used code, which is never accepted again.
create table user_recovery_code (
    id         bigserial primary key,
    user_id    bigint      not null references app_user (id),
    code_hash  varchar(64) not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    constraint user_recovery_code_uk unique (user_id, code_hash)
);

-- account_invitation: a one-time link that lets a new user (a mentor invited from the registry, or a member of staff)
-- set their own password. Only the SHA-256 hash of the random token is stored; a link is used once and expires.
create table account_invitation (
    id         bigserial primary key,
    user_id    bigint       not null references app_user (id),
    token_hash varchar(64)  not null unique,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    expires_at timestamptz  not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index account_invitation_user_idx on account_invitation (user_id);
