-- Issue 10: the per-mentor facts matching reads for every mentor of the registry, kept up to date by triggers
-- instead of looked up per client and mentor. CandidateQuery used to build a hashed set per need area of the
-- client (each read from mentor_need_area), one for the language, and, where the area requires the introduction
-- course, probed mentor_training and mentor_client_history per mentor: at 20,000 mentors most of its time.
--   need_mask        the mentor's need areas as bits (need_area_mask), so "how many of the client's need areas"
--                    is one bit_count per mentor
--   languages        the mentor's languages besides Danish (mentor_language)
--   introduction_on  the first introduction course taken (mentor_training, kind INTRODUCTION)
--   appointed_before whether the mentor has been appointed before (a row of mentor_client_history: a course
--                    ACTIVE or ENDED, or a commitment for a client)
-- Every change recomputes the mentor's row from the source tables after locking it, so concurrent changes to one
-- mentor serialize on the row and the later one's recomputation (a new snapshot per statement) sees the earlier
-- one's rows. mentor_matching_recompute repairs rows after changes made with triggers disabled.
-- CandidateQueryAgreementTest holds the facts equal to the source tables after every kind of change.

-- The bit of each need area (client.NeedArea's names); an unknown name has no bit. The agreement test holds
-- that every NeedArea has one.
create function need_area_mask(areas varchar[]) returns integer language sql immutable parallel safe as $$
    select coalesce(bit_or(1 << (array_position(array['CRIMINAL_HISTORY', 'EDUCATION_EMPLOYMENT', 'FAMILY_MARITAL',
                                                       'LEISURE_RECREATION', 'COMPANIONS', 'ALCOHOL_DRUG',
                                                       'PROCRIMINAL_ATTITUDE', 'ANTISOCIAL_PATTERN']::varchar[],
                                                 a) - 1)), 0)
    from unnest(areas) a
$$;

create table mentor_matching_facts (
    mentor_id        bigint       primary key references mentor (id) on delete cascade,
    need_mask        integer      not null default 0,
    languages        varchar(8)[] not null default '{}',
    introduction_on  date,
    appointed_before boolean      not null default false
);
comment on table mentor_matching_facts is 'Issue 10: per mentor, the need areas (bits), languages, first introduction course and whether appointed before, kept by triggers for matching';

create function mentor_matching_recompute(mentor bigint) returns void language plpgsql as $$
begin
    if mentor is null then
        return;
    end if;
    insert into mentor_matching_facts (mentor_id) select mentor where exists (select 1 from mentor m where m.id = mentor)
    on conflict do nothing;
    perform 1 from mentor_matching_facts where mentor_id = mentor for update;
    update mentor_matching_facts set
        need_mask = (select need_area_mask(array_agg(n.need_area)) from mentor_need_area n where n.mentor_id = mentor),
        languages = coalesce((select array_agg(l.language order by l.language) from mentor_language l
                              where l.mentor_id = mentor), '{}'),
        introduction_on = (select min(t.taken_on) from mentor_training t
                           where t.mentor_id = mentor and t.kind = 'INTRODUCTION'),
        appointed_before = exists (select 1 from mentor_client_history h where h.mentor_id = mentor)
    where mentor_id = mentor;
end;
$$;

insert into mentor_matching_facts (mentor_id, need_mask, languages, introduction_on, appointed_before)
select m.id,
       (select need_area_mask(array_agg(n.need_area)) from mentor_need_area n where n.mentor_id = m.id),
       coalesce((select array_agg(l.language order by l.language) from mentor_language l where l.mentor_id = m.id), '{}'),
       (select min(t.taken_on) from mentor_training t where t.mentor_id = m.id and t.kind = 'INTRODUCTION'),
       exists (select 1 from mentor_client_history h where h.mentor_id = m.id)
from mentor m;

create function mentor_matching_new_mentor() returns trigger language plpgsql as $$
begin
    insert into mentor_matching_facts (mentor_id) values (new.id) on conflict do nothing;
    return null;
end;
$$;
create trigger mentor_matching_new_mentor after insert on mentor
    for each row execute function mentor_matching_new_mentor();

-- A changed row of a source table: recompute its mentor (both mentors when the row moved to another).
create function mentor_matching_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform mentor_matching_recompute(old.mentor_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.mentor_id is distinct from old.mentor_id) then
        perform mentor_matching_recompute(new.mentor_id);
    end if;
    return null;
end;
$$;
create trigger mentor_matching_need_area after insert or update or delete on mentor_need_area
    for each row execute function mentor_matching_changed();
create trigger mentor_matching_language after insert or update or delete on mentor_language
    for each row execute function mentor_matching_changed();
create trigger mentor_matching_training after insert or update of mentor_id, kind, taken_on or delete on mentor_training
    for each row execute function mentor_matching_changed();
create trigger mentor_matching_commitment after insert or update of mentor_id, client_id or delete on mentor_commitment
    for each row execute function mentor_matching_changed();
create trigger mentor_matching_course after insert or update of mentor_id, state or delete on mentor_course
    for each row execute function mentor_matching_changed();
