-- CI3, exactly once: every POST form carries a one-time token (FormTokens). The first submission of a
-- token claims it here (the primary key decides between two simultaneous submissions); a second
-- submission of the same token is not processed again but sent to the first one's result.
create table form_submission (
    token           varchar(64)  primary key,
    username        varchar(100) not null,
    path            varchar(500) not null,
    result_location varchar(1000),
    submitted_at    timestamptz  not null
);
create index form_submission_time_idx on form_submission (submitted_at);

comment on table form_submission is 'One-time form tokens already used (CI3: a double submit saves once); rows older than a day may be deleted.';
