-- Issue 14: invitation e-mails carry a one-time link. The link's secret part (the invitation token) is kept apart
-- from the e-mail's stored body (notice_mail.body, V801), which holds a placeholder instead: the outbox the
-- directorate reads never shows a usable link. The sender puts the secret into the message it sends and deletes the
-- row here once the e-mail is sent or given up. Until then the token lies here in clear; it is one-time, revoked by
-- a newer invitation, and expires after mentorordning.security.invitation.validity (7 days).
--
-- Keyed by the notice of the e-mail (notice_mail.notice_id is unique). No foreign key: this version runs before the
-- notification tables (V801) are created on a new database.
create table notice_mail_secret (
    notice_id  bigint       primary key,
    secret     varchar(100) not null,
    created_at timestamptz  not null
);

comment on table notice_mail_secret is 'One-time secret of a queued e-mail''s link (an invitation token), deleted once the e-mail is sent or given up.';
