package dk.kriminalforsorgen.mentorordning.journal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * DP4: the retention purge removes a client's courses (retention module); their journal entries, which name the
 * course by id only, are removed here after it, by the owner's function {@code journal_purge_orphans} (V390), the
 * one path past the journal's append-only trigger.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JournalPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(JournalPurgeJob.class);

    private final JournalService journal;

    @Scheduled(cron = "${mentorordning.journal.purge-cron}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "journal-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void purge() {
        int removed = journal.purgeOrphans();
        if (removed > 0) {
            log.info("DP4: removed {} journal entries of purged courses", removed);
        }
    }
}
