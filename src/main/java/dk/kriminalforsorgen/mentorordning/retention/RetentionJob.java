package dk.kriminalforsorgen.mentorordning.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** DP4: the nightly purge, run by one instance only (ShedLock, see shared.SchedulingConfiguration). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;

    @Scheduled(cron = "${mentorordning.retention.cron}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "retention-purge", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void purge() {
        int purged = retention.purgeDue();
        log.info("DP4: retention purge done, clients purged={}", purged);
    }
}
