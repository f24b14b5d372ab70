-- Issue 11: the notification module's tables.
--
-- notice: one row per person and occasion. The unique key (kind, recipient, occasion) makes a notice be created
-- once, however often the event is redelivered or a reminder job runs (after a restart, on two instances).
-- A notice carries no CPR number, no name of a client and no report text: its kind, a link and, at most, a date.
create table notice (
    id                bigserial primary key,
    kind              varchar(40)  not null,
    recipient_user_id bigint       not null references app_user (id),
    occasion          varchar(200) not null,
    area_id           bigint,
    course_id         bigint,
    link              varchar(300) not null,
    detail            varchar(100),
    created_at        timestamptz  not null,
    read_at           timestamptz,
    constraint notice_once unique (kind, recipient_user_id, occasion)
);
create index notice_recipient_idx on notice (recipient_user_id, created_at desc);
create index notice_unread_idx on notice (recipient_user_id) where read_at is null;
create index notice_course_idx on notice (course_id) where course_id is not null;

comment on column notice.course_id is 'The course the notice is about (no foreign key: another module''s table); notices of a purged course are deleted by the nightly reminder job.';

-- notice_mail: the e-mail outbox. A row is written with its notice, in the same transaction; the scheduled sender
-- (once across instances, ShedLock, and rows locked with SKIP LOCKED) sends it and marks it sent, retrying a failure
-- with a growing delay until max-attempts. Without an SMTP server the rows stay PENDING: what would have been sent.
create table notice_mail (
    id              bigserial primary key,
    notice_id       bigint       not null unique references notice (id) on delete cascade,
    to_address      varchar(254) not null,
    subject         varchar(200) not null,
    body            text         not null,
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    created_at      timestamptz  not null
);
create index notice_mail_due_idx on notice_mail (next_attempt_at) where status = 'PENDING';

-- notice_preference: a user's choice of e-mail per kind (no row: the kind's default, e-mail on). A kind that
-- cannot be turned off (the duty to notify, S4) ignores a row here.
create table notice_preference (
    user_id bigint      not null references app_user (id),
    kind    varchar(40) not null,
    email   boolean     not null,
    primary key (user_id, kind)
);
