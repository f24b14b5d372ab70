-- Issue 16 defect 7 (E8, §4 stk. 2): a client whose supervision ended and who later, after a time without
-- supervision, accepted voluntary supervision was marked as released at the end of the sentence (E7, §4 stk. 1).
-- previously_under_supervision now means "the supervision of this sentence is behind the client"; set it from
-- the custody history for clients recorded before the fix: the last status before the current run of
-- voluntary supervision / no supervision was supervision.
update client c
   set previously_under_supervision = true
 where c.custody_status in ('VOLUNTARY_SUPERVISION', 'RELEASED_NO_SUPERVISION')
   and not c.previously_under_supervision
   and (select s.status
          from client_custody_status s
         where s.client_id = c.id
           and s.status not in ('VOLUNTARY_SUPERVISION', 'RELEASED_NO_SUPERVISION')
         order by s.valid_from desc, s.id desc
         limit 1) = 'UNDER_SUPERVISION';
