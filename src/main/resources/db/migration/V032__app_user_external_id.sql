-- Issue 14 (AS3): single sign-on. A staff member signing in through the authority's OpenID Connect provider is
-- matched to their account by a stable claim of the provider (by default `sub`, or an employee number), stored
-- here by the directorate. Role, area and unit stay on the account. Null: the account has no single sign-on.
alter table app_user add column external_id varchar(200);
create unique index app_user_external_id_uk on app_user (external_id) where external_id is not null;
comment on column app_user.external_id is 'The identity provider''s value of the matching claim (mentorordning.security.sso.user-claim)';
