package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;

/** M10 (§15) and CI2 on PostgreSQL: the sum in SQL, the ceiling, and parallel reservations. */
@DemoDataTest
class WorkloadIntegrationTest {

    @Autowired
    Workload workload;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long newMentor() throws Exception {
        return new MentorRegistrySteps(mvc, jdbc).applicant(new LoginSessions(mvc).fresh(DemoUsers.COORDINATOR), "Kurt",
                MentorRegistrySteps.uniqueLastName("Timer"));
    }

    @Test
    void M10_allowsHoursUpToTheCeilingAndSumsActiveCommitmentsOnly() throws Exception {
        long id = newMentor();
        long first = workload.reserve(id, null, "Forløb 1", new BigDecimal("10"));
        workload.reserve(id, null, "Forløb 2", new BigDecimal("8.5"));
        assertThat(workload.agreedHours(id)).isEqualByComparingTo("18.5");
        workload.release(first);
        assertThat(workload.agreedHours(id)).isEqualByComparingTo("8.5");
    }

    @Test
    void M10_refusesHoursAboveTheCeiling() throws Exception {
        long id = newMentor();
        workload.reserve(id, null, "Forløb 1", new BigDecimal("15"));
        assertThatThrownBy(() -> workload.reserve(id, null, "Forløb 2", new BigDecimal("4")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.concerns(Rule.M10)).isTrue());
        assertThat(workload.agreedHours(id)).isEqualByComparingTo("15");
    }

    @Test
    void CI2_parallelReservationsNeverExceedTheCeiling() throws Exception {
        long id = newMentor();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> {
                    try {
                        workload.reserve(id, null, "Samtidigt forløb", new BigDecimal("4"));
                        return true;
                    } catch (Refusal refused) {
                        return false;
                    }
                });
            }
            int accepted = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(4);
            assertThat(workload.agreedHours(id)).isEqualByComparingTo("16");
        } finally {
            pool.shutdownNow();
        }
    }
}
