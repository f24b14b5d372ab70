-- E9: offers of a mentor and the client's answer. Never updated; a new offer is recorded instead.
create table mentor_offer (
    id               bigserial primary key,
    client_id        bigint       not null references client (id),
    offered_on       date         not null,
    answer           varchar(20)  not null check (answer in ('ACCEPTED', 'DECLINED', 'NO_ANSWER')),
    note             varchar(1000),
    recorded_by      bigint references app_user (id),
    recorded_by_name varchar(200) not null,
    recorded_at      timestamptz  not null
);
create index mentor_offer_client_idx on mentor_offer (client_id, offered_on desc, id desc);

comment on column mentor_offer.note is 'Free text about the offer; may contain personal data';
