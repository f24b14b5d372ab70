-- Reference data (DOMAIN §2, §8): Kriminalforsorgen's four areas (kriminalforsorgsområder)
-- and their units of every type. Unit names are fictional.
create table area (
    id   bigint primary key,
    code varchar(40)  not null unique,
    name varchar(100) not null unique
);

create table unit (
    id      bigint primary key,
    area_id bigint       not null references area (id),
    name    varchar(150) not null unique,
    type    varchar(30)  not null check (type in ('PRISON', 'JAIL', 'HALFWAY_HOUSE', 'PROBATION_OFFICE')),
    -- lets other tables require that a unit lies in a given area (composite foreign key)
    constraint unit_id_area_uk unique (id, area_id)
);
create index unit_area_idx on unit (area_id);

insert into area (id, code, name) values
    (1, 'HOVEDSTADEN', 'Hovedstaden'),
    (2, 'SJAELLAND', 'Sjælland'),
    (3, 'SYDDANMARK', 'Syddanmark'),
    (4, 'MIDT_NORDJYLLAND', 'Midt- og Nordjylland');

insert into unit (id, area_id, name, type) values
    (101, 1, 'Fængslet Bispebjerg Vest', 'PRISON'),
    (102, 1, 'Arresthuset Kronsund', 'JAIL'),
    (103, 1, 'Pensionen Valby Bakke', 'HALFWAY_HOUSE'),
    (104, 1, 'KiF København Nord', 'PROBATION_OFFICE'),
    (105, 1, 'KiF Hillerød', 'PROBATION_OFFICE'),
    (201, 2, 'Fængslet Sorø Skov', 'PRISON'),
    (202, 2, 'Arresthuset Roskilde Fjord', 'JAIL'),
    (203, 2, 'Pensionen Næstved Å', 'HALFWAY_HOUSE'),
    (204, 2, 'KiF Sjælland Midt', 'PROBATION_OFFICE'),
    (205, 2, 'KiF Holbæk', 'PROBATION_OFFICE'),
    (301, 3, 'Fængslet Sydfyn', 'PRISON'),
    (302, 3, 'Arresthuset Vejle Bro', 'JAIL'),
    (303, 3, 'Pensionen Odense Have', 'HALFWAY_HOUSE'),
    (304, 3, 'KiF Odense', 'PROBATION_OFFICE'),
    (305, 3, 'KiF Esbjerg', 'PROBATION_OFFICE'),
    (401, 4, 'Fængslet Skovbo', 'PRISON'),
    (402, 4, 'Arresthuset Randers Havn', 'JAIL'),
    (403, 4, 'Pensionen Aalborg Øst', 'HALFWAY_HOUSE'),
    (404, 4, 'KiF Aarhus', 'PROBATION_OFFICE'),
    (405, 4, 'KiF Aalborg', 'PROBATION_OFFICE');
