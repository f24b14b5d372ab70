-- Issue 12: a personal calendar feed per user, reached by a secret link without a session. Only a hash (SHA-256) of
-- the random token is stored, so the table does not reveal the links; revoking deletes the row (the link then
-- answers 404). One link per user: a new link replaces the old one.
create table calendar_feed_token (
    user_id    bigint      primary key references app_user (id),
    token_hash varchar(64) not null unique,
    created_at timestamptz not null
);
