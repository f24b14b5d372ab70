-- Issue 17 (news 2019: "mentorkurser og en guide for mentorarbejdet"): each training a mentor took, recorded by a
-- coordinator of the mentor's home area. A correction changes the row in place and is audited with the old values.
create table mentor_training (
    id          bigserial     primary key,
    mentor_id   bigint        not null references mentor (id),
    kind        varchar(20)   not null check (kind in ('INTRODUCTION', 'FOLLOW_UP', 'OTHER')),
    name        varchar(200)  not null,
    taken_on    date          not null,
    hours       numeric(5, 1) not null check (hours > 0 and hours <= 500),
    recorded_at timestamptz   not null,
    recorded_by varchar(100)  not null,
    version     bigint        not null default 0
);
create index mentor_training_mentor_idx on mentor_training (mentor_id, taken_on);
create index mentor_training_introduction_idx on mentor_training (mentor_id) where kind = 'INTRODUCTION';

comment on table mentor_training is 'Trainings a mentor took (course, kind, date, hours); personal data about the mentor';

-- DP5: the mentor's subject access export holds their trainings. Published like subject_access_mentor (V621),
-- which the retention module merges into the mentor's export.
create function subject_access_mentor_training(p_mentor bigint) returns jsonb
    language sql stable as
$$
select jsonb_build_object('mentor_training', coalesce(
    (select jsonb_agg(to_jsonb(t) order by t.taken_on, t.id) from mentor_training t where t.mentor_id = p_mentor),
    '[]'::jsonb));
$$;
