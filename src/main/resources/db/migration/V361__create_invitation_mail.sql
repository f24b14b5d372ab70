-- Issue 12: the outbox of meeting invitations, sent by the notification module's sender (NoticeMailer) with the same
-- exactly-once behaviour as notice_mail (V801): rows written in the publisher's transaction chain, sent once across
-- instances (ShedLock, rows locked with SKIP LOCKED), retried with a growing delay. Its own table rather than columns
-- on notice_mail, because an invitation is no notice (it goes to an address that need not be a user's: a mentor
-- without a user, the municipality's contact) and because this migration runs before V801 on a new database.
-- calendar is the iCalendar text (METHOD REQUEST or CANCEL), sent as a text/calendar part. mail_key (plan, sequence,
-- method, address) makes queueing the same invitation twice (an event redelivered after a restart) write one row.
create table invitation_mail (
    id              bigserial primary key,
    mail_key        varchar(300) not null unique,
    to_address      varchar(254) not null,
    subject         varchar(200) not null,
    body            text         not null,
    calendar        text         not null,
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    created_at      timestamptz  not null
);
create index invitation_mail_due_idx on invitation_mail (next_attempt_at) where status = 'PENDING';
