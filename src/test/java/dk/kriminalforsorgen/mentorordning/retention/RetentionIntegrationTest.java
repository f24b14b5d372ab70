package dk.kriminalforsorgen.mentorordning.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import dk.kriminalforsorgen.mentorordning.retention.PersonData.Case;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;

/**
 * DP4: a client whose case ended more than the retention period (5 years) ago is purged from every table; audit rows
 * keep the pseudonymous trail. The cases lie in the 1990s, so no other test's clients are ever due.
 */
class RetentionIntegrationTest extends IntegrationTestBase {

    private static final LocalDate ENDED = LocalDate.of(1995, 3, 31);

    @Autowired
    CprProtector cprs;
    @Autowired
    RetentionService retention;
    @Autowired
    RetentionJob job;

    PersonData data;
    String suffix;

    @BeforeEach
    void setUp() {
        data = new PersonData(jdbc, cprs);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        releaseLocks();
    }

    @AfterEach
    void removeTheTestData() {
        data.removeAll();
    }

    @Test
    void DP4_onTheBoundaryDayEverythingAboutTheClientIsPurgedTableByTable_andAnotherClientIsUntouched() {
        Case purged = data.endedCase("Anna", "Slettes" + suffix, ENDED);
        Case kept = data.endedCase("Anne", "Bevares" + suffix, ENDED.plusDays(1));
        Map<String, String> tables = data.clientTables();
        assertThat(data.tablesWithRows(tables, purged.client().id()))
                .as("the test data reaches every table about a client").containsExactlyElementsOf(tables.keySet());
        Map<String, Integer> keptBefore = counts(tables, kept.client().id());

        clock.setDate(ENDED.plusYears(5));
        assertThat(retention.due()).extracting(RetentionService.Due::clientId)
                .contains(purged.client().id()).doesNotContain(kept.client().id());
        assertThat(retention.purgeDue()).isGreaterThanOrEqualTo(1);

        tables.forEach((table, rows) ->
                assertThat(data.count(rows, purged.client().id())).as("rows about the purged client in " + table).isZero());
        assertThat(counts(tables, kept.client().id())).as("the other client").isEqualTo(keptBefore);
        assertThat(completedEventsNaming(purged.client().id())).isZero();
        assertThat(completedEventsNaming(kept.client().id())).isOne();

        // The mentor stays, with their record of hours, but without the client in it.
        assertThat(jdbc.queryForObject("select count(*) from mentor where id = ?", Integer.class, purged.mentor().id())).isOne();
        assertThat(jdbc.queryForList("select description from mentor_commitment where mentor_id = ?", String.class,
                purged.mentor().id())).singleElement().asString().doesNotContain(purged.client().lastName());

        // The audit trail keeps the client's id and no name; the purge itself is recorded.
        List<Map<String, Object>> trail = jdbc.queryForList(
                "select action, details from audit_event where subject_type = 'CLIENT' and subject_id = ?",
                String.valueOf(purged.client().id()));
        assertThat(trail).extracting(row -> row.get("action")).contains("CLIENT_VIEWED", RetentionService.PURGED);
        assertThat(trail).extracting(row -> String.valueOf(row.get("details")))
                .noneMatch(details -> details.contains(purged.client().lastName()));
    }

    @Test
    void DP4_theDayBeforeTheBoundaryTheClientIsKept() {
        Case client = data.endedCase("Bent", "Dagfoer" + suffix, ENDED);
        clock.setDate(ENDED.plusYears(5).minusDays(1));

        assertThat(retention.due()).extracting(RetentionService.Due::clientId).doesNotContain(client.client().id());
        retention.purgeDue();

        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client.client().id())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from status_report where course_id = ?", Integer.class,
                client.courseId())).isOne();
    }

    @Test
    void DP4_aClientWithACourseThatHasNotEndedIsNeverPurged() {
        Case client = data.endedCase("Carl", "Aktiv" + suffix, ENDED);
        jdbc.update("update mentor_course set state = 'ACTIVE', end_reason = null, ended_on = null where id = ?",
                client.courseId());
        clock.setDate(ENDED.plusYears(30));

        assertThat(retention.due()).extracting(RetentionService.Due::clientId).doesNotContain(client.client().id());
        assertThatThrownBy(() -> jdbc.queryForObject("select retention_purge_client(?)", Integer.class, client.client().id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("DP4");
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client.client().id())).isOne();
    }

    @Test
    void S4_outsideThePurgeASubmittedReportWithTheDutyToNotifyCannotBeDeleted() {
        Case client = data.endedCase("Dorte", "Beskyttet" + suffix, ENDED);

        assertThatThrownBy(() -> jdbc.update("delete from status_report_goal where report_id in "
                + "(select id from status_report where course_id = ?)", client.courseId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("S2");
        assertThatThrownBy(() -> jdbc.update("delete from status_report where course_id = ?", client.courseId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("S4");
    }

    @Test
    void AV1_theJobDoesNothingWhileAnotherInstanceHoldsItsLock() {
        Case client = data.endedCase("Erik", "Laast" + suffix, ENDED);
        clock.setDate(ENDED.plusYears(6));
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('retention-purge', now() + interval '1 hour', now(), 'the-other-instance')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                                                 locked_by = excluded.locked_by""");

        job.purge();
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client.client().id()))
                .as("skipped: the other instance runs the purge").isOne();

        releaseLocks();
        job.purge();
        assertThat(jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client.client().id()))
                .as("purged once the lock is free").isZero();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'retention-purge'", String.class))
                .as("this instance took the lock").isNotEqualTo("the-other-instance");
    }

    /** Lets every lock run out (as the other instance's would); the rows stay, as ShedLock expects. */
    private void releaseLocks() {
        jdbc.update("update shedlock set lock_until = now() - interval '1 second'");
    }

    private Map<String, Integer> counts(Map<String, String> tables, long clientId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((table, rows) -> counts.put(table, data.count(rows, clientId)));
        return counts;
    }

    private int completedEventsNaming(long clientId) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Integer.class,
                "{\"clientId\":" + clientId + ",%");
    }
}
