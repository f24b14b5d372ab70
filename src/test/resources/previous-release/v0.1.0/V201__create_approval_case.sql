-- M8 (§7 stk. 2): a candidate registered in the criminal register whom the area still finds
-- suitable must be approved by the directorate. One case per flagging; the decision is final.
create table approval_case (
    id              bigserial primary key,
    mentor_id       bigint        not null references mentor (id),
    area_id         bigint        not null references area (id),
    justification   varchar(4000) not null,
    flagged_at      timestamptz   not null,
    flagged_by      varchar(100)  not null,
    decision        varchar(20) check (decision in ('APPROVED', 'REJECTED')),
    decision_reason varchar(4000),
    decided_at      timestamptz,
    decided_by      varchar(100),
    version         bigint        not null default 0,
    constraint approval_case_decision_complete check ((decision is null) = (decided_at is null)
        and (decision is null) = (decision_reason is null) and (decision is null) = (decided_by is null))
);
create index approval_case_open_idx on approval_case (flagged_at) where decision is null;
create index approval_case_mentor_idx on approval_case (mentor_id, flagged_at desc);
create unique index approval_case_one_open_per_mentor on approval_case (mentor_id) where decision is null;

comment on table approval_case is 'AZ3 sensitive: exists only for mentors registered in the criminal register; directorate and vetting area only';
comment on column approval_case.justification is 'AZ3 sensitive: the area''s written reason for finding the registered candidate suitable';
comment on column approval_case.decision_reason is 'AZ3 sensitive: the directorate''s reason';
