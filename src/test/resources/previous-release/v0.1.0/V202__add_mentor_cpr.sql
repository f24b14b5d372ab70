-- A mentor's CPR number (issue item 1: "birth date or CPR, same protection as clients"): optional,
-- encrypted at rest with a keyed hash for uniqueness and lookup (DP1), shown masked (DP2).
alter table mentor add column cpr_encrypted varchar(200);
alter table mentor add column cpr_hash varchar(64);
alter table mentor add constraint mentor_cpr_complete check ((cpr_encrypted is null) = (cpr_hash is null));
create unique index mentor_cpr_hash_uk on mentor (cpr_hash) where cpr_hash is not null;

comment on column mentor.cpr_encrypted is 'DP1: CPR number, AES-256-GCM encrypted with a key outside the database (shared.cpr.CprProtector). Never in clear.';
comment on column mentor.cpr_hash is 'DP1: HMAC-SHA256 of the CPR number with a secret key, for uniqueness; not reversible without the key';
