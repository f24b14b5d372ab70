-- Issue 17 (cooperation with the municipality, news 2020): each action plan version records the client's
-- municipality (official number), the municipal contact person, the municipal plan the action plan builds on and
-- the client's answer to sharing with the municipality. Carried into each new version by the application.
alter table action_plan_version
    add column municipality_code       integer references municipality (code),
    add column municipal_contact_name  varchar(200),
    add column municipal_contact_phone varchar(40),
    add column municipal_contact_email varchar(254),
    add column municipal_plan_kind     varchar(30) not null default 'NONE'
        check (municipal_plan_kind in ('NONE', 'JOB_PLAN', 'SERVICE_ACT_140', 'EDUCATION_PLAN', 'OTHER')),
    add column municipal_plan_text     varchar(2000),
    add column sharing_consent         varchar(10) check (sharing_consent in ('GIVEN', 'REFUSED')),
    add column sharing_consent_on      date,
    -- SHARING_CONSENT: a contact person only with the client's consent; an answer always has its date.
    add constraint action_plan_version_contact_needs_consent
        check (sharing_consent = 'GIVEN' or (municipal_contact_name is null and municipal_contact_phone is null
                                             and municipal_contact_email is null)),
    add constraint action_plan_version_consent_dated
        check ((sharing_consent is null) = (sharing_consent_on is null));

comment on column action_plan_version.municipal_plan_text is
    'Sensitive: what the municipal plan (job plan, §140 plan, education plan) of a convicted person says';
comment on column action_plan_version.municipal_contact_name is
    'The municipal employee the service cooperates with about the client (work contact, only with consent)';
