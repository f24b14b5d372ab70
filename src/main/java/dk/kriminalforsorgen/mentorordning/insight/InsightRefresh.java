package dk.kriminalforsorgen.mentorordning.insight;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The refresh job of the insight summaries: every {@code mentorordning.insight.refresh-cron} (default
 * every 10 minutes) and at start-up on a database without summaries, on one instance at a time (ShedLock on the table
 * {@code shedlock}; another instance that finds the lock taken skips the run).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InsightRefresh {

    private static final Logger log = LoggerFactory.getLogger(InsightRefresh.class);

    private final InsightAggregates aggregates;

    @Scheduled(cron = "${mentorordning.insight.refresh-cron}")
    @SchedulerLock(name = "insight-refresh", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void refresh() {
        long started = System.currentTimeMillis();
        aggregates.rebuild();
        log.info("insight summaries refreshed in {} ms", System.currentTimeMillis() - started);
    }
}
