package dk.kriminalforsorgen.mentorordning.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.SqlStatementCounter;
import dk.kriminalforsorgen.mentorordning.support.TestDatabase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 10 with AU1/AU2: a page in one transaction ({@code @PageTransaction}) writes the audit rows of all its
 * reads together, each row still with its user, action and the request's id, and is not shown when they cannot be
 * written.
 */
class PageAuditTest extends IntegrationTestBase {

    @AfterEach
    void allowAuditAgain() {
        TestDatabase.shared().adminJdbc().execute("alter table audit_event drop constraint if exists audit_refused_in_test");
    }

    private static void refuseAuditOf(String action) {
        TestDatabase.shared().adminJdbc().execute(
                "alter table audit_event add constraint audit_refused_in_test check (action <> '" + action + "') not valid");
    }

    @Test
    void AU1_theCoordinatorsStartPageWritesEveryPanelsAuditRowInOneStatementAndOneTransaction() throws Exception {
        new Reports(context).activeCourse(2, TestUsers.COORDINATOR);
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        mvc.perform(get("/").session(coordinator)); // the first request after signing in stores the session
        MvcResult[] result = new MvcResult[1];
        SqlStatementCounter.Traffic traffic = SqlStatementCounter.traffic(
                () -> result[0] = mvc.perform(get("/").session(coordinator)).andReturn());

        assertThat(result[0].getResponse().getStatus()).isEqualTo(200);
        assertThat(traffic.statements()).filteredOn(sql -> sql.contains("insert into audit_event")).hasSize(1);
        assertThat(traffic.transactionEnds()).as("the session's read and the page").isEqualTo(2);
        String requestId = result[0].getResponse().getHeader("X-Request-Id");
        List<String> actions = jdbc.queryForList("""
                select action from audit_event where request_id = ? and username = ? and role = 'COORDINATOR'
                order by id
                """, String.class, requestId, TestUsers.COORDINATOR);
        assertThat(actions).as("one row per audited panel of the page").hasSizeGreaterThanOrEqualTo(4)
                .contains("COURSE_LIST_VIEWED", "CLIENT_SEARCHED");
    }

    @Test
    void AU2_theCoursePageIsNotShownWhenItsAuditRowsCannotBeWritten() throws Exception {
        Reports.Course course = new Reports(context).activeCourse(2, TestUsers.CASEWORKER);
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        refuseAuditOf("COURSE_VIEWED");

        assertThatThrownBy(() -> mvc.perform(get("/forloeb/" + course.id()).session(caseworker)))
                .rootCause().hasMessageContaining("audit_refused_in_test");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ? and action like 'JOURNAL%'",
                Integer.class, String.valueOf(course.id()))).as("the page's other rows are rolled back with it").isZero();
    }

    @Test
    void AU2_theStartPageIsNotShownWhenOnePanelsAuditRowCannotBeWritten() throws Exception {
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        refuseAuditOf("COURSE_LIST_VIEWED");

        assertThatThrownBy(() -> mvc.perform(get("/").session(coordinator)))
                .rootCause().hasMessageContaining("audit_refused_in_test");
    }
}
