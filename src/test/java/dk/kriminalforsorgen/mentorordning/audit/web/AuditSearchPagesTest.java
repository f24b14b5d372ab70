package dk.kriminalforsorgen.mentorordning.audit.web;

import static dk.kriminalforsorgen.mentorordning.support.PageContent.contains;
import static dk.kriminalforsorgen.mentorordning.support.PageContent.lacks;
import static dk.kriminalforsorgen.mentorordning.support.PageContent.refusedFormWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.audit.AuditSearch;
import dk.kriminalforsorgen.mentorordning.shared.ClockConfiguration;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** The directorate's audit log search at /admin/revision (AU1). Each test writes rows with its own subject id. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditSearchPagesTest extends IntegrationTestBase {

    MockHttpSession directorate;

    @BeforeAll
    void logIn() {
        directorate = sessions.fresh(TestUsers.DIRECTORATE);
    }

    @Test
    void AZ1_caseworkerAndCoordinatorGet403() throws Exception {
        for (String name : new String[] {TestUsers.CASEWORKER, TestUsers.COORDINATOR, TestUsers.MENTOR}) {
            MockHttpSession session = sessions.fresh(name);
            mvc.perform(get("/admin/revision").session(session)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/revision").session(directorate))
                .andExpect(status().isOk())
                .andExpect(contains("<h1>Revisionsspor</h1>", "href=\"/admin/revision\""));
    }

    @Test
    void AU1_searchFiltersBySubjectAndActionNewestFirst() throws Exception {
        String subject = subject();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        insert("TEST_OLD", subject, "detalje-gammel", now.minus(2, ChronoUnit.HOURS));
        insert("TEST_NEW", subject, "detalje-ny", now.minus(1, ChronoUnit.HOURS));
        insert("TEST_OTHER", subject(), "andet emne", now);

        String page = mvc.perform(get("/admin/revision").session(directorate)
                        .param("subjectType", "TEST").param("subjectId", subject))
                .andExpect(status().isOk())
                .andExpect(lacks("andet emne"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("detalje-gammel", "detalje-ny");
        assertThat(page.indexOf("detalje-ny")).isLessThan(page.indexOf("detalje-gammel"));

        mvc.perform(search(subject).param("action", "TEST_OLD"))
                .andExpect(lacks("detalje-ny"))
                // the action drop-down lists the actions in the log and keeps the choice
                .andExpect(contains("detalje-gammel", "<option value=\"TEST_OLD\" selected=\"selected\">"));
    }

    @Test
    void AU1_searchByUserNameAndDate() throws Exception {
        String subject = subject();
        insert("TEST_USER", subject, "fundet", Instant.now());
        LocalDate today = LocalDate.now(ClockConfiguration.DANISH_TIME);
        mvc.perform(get("/admin/revision").session(directorate).param("username", "TESTBRUGER")
                        .param("subjectId", subject).param("from", today.toString()).param("to", today.toString()))
                .andExpect(contains("fundet"));
        mvc.perform(search(subject).param("username", "en-anden"))
                .andExpect(lacks("fundet")).andExpect(contains("data-testid=\"empty\""));
        mvc.perform(search(subject).param("from", today.plusDays(1).toString())).andExpect(lacks("fundet"));
    }

    @Test
    void AU1_theSearchIsItselfAuditedWithItsCriteria() throws Exception {
        String subject = subject();
        mvc.perform(get("/admin/revision").session(directorate).param("subjectId", subject)).andExpect(status().isOk());
        Integer searches = jdbc.queryForObject("""
                select count(*) from audit_event where action = 'AUDIT_SEARCH' and username = ?
                and details like ?""", Integer.class, TestUsers.DIRECTORATE, "%emne=" + subject + "%");
        assertThat(searches).isEqualTo(1);
    }

    @Test
    void IN1_invalidDatesAreShownOnTheFormAndNothingIsSearched() throws Exception {
        String subject = subject();
        mvc.perform(search(subject).param("from", "2026-05-10").param("to", "2026-05-01"))
                .andExpect(refusedFormWith("Til-datoen skal være samme dag som eller efter fra-datoen."))
                .andExpect(lacks("data-testid=\"audit-table\""));
        mvc.perform(search(subject).param("from", "ikke-en-dato"))
                .andExpect(status().isOk())
                .andExpect(contains("Skriv en gyldig dato", "value=\"ikke-en-dato\""));
        Integer searches = jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_SEARCH' and details like ?",
                Integer.class, "%emne=" + subject + "%");
        assertThat(searches).isZero();
    }

    @Test
    void resultsArePagedWithTheFiltersKept() throws Exception {
        String subject = subject();
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        for (int i = 0; i <= AuditSearch.PAGE_SIZE; i++) {
            insert("TEST_PAGE", subject, "række " + i, start.plusSeconds(i));
        }
        mvc.perform(search(subject))
                .andExpect(contains("række " + AuditSearch.PAGE_SIZE + "<",
                        "/admin/revision?subjectId=" + subject + "&amp;side=1"))
                .andExpect(lacks("række 0<"));
        mvc.perform(search(subject).param("side", "1"))
                .andExpect(contains("række 0<", "side=0")).andExpect(lacks("række 1<"));
    }

    /** Issue 16, defect 9: the page showed "course=7" and "state=null page=0"; it shows Danish descriptions. */
    @Test
    void auditRowsAreDescribedInDanishWithoutInternalKeysOrNull() throws Exception {
        String subject = subject();
        Instant now = Instant.now();
        insert("REPORT_VIEWED", "STATUS_REPORT", subject, "course=7", now.minusSeconds(2));
        insert("COURSE_LIST_VIEWED", "COURSE", subject, "state=null page=0", now.minusSeconds(1));
        insert("CUSTODY_STATUS_CHANGED", "CLIENT", subject, "INMATE -> UNDER_SUPERVISION fra 2026-03-01", now);

        String page = mvc.perform(get("/admin/revision").session(directorate).param("subjectId", subject))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("data-testid=\"audit-table\""));
        assertThat(table).contains("Statusrapport vist", "Statusrapport", "Forløb: 7", "Forløbsliste vist",
                        "Mentorforløb", "Side: 1", "Indsat → Under tilsyn", "1. marts 2026")
                .doesNotContain("course=", "state=", "page=", "null", "REPORT_VIEWED", "COURSE_LIST_VIEWED",
                        "STATUS_REPORT", ">COURSE<", "INMATE", "-&gt;", "2026-03-01");
        // the action filter names the actions in Danish too
        assertThat(page).contains("<option value=\"COURSE_LIST_VIEWED\">Forløbsliste vist</option>");
    }

    /** The directorate's search for one subject (of any type), to which a test adds its other criteria. */
    private MockHttpServletRequestBuilder search(String subject) {
        return get("/admin/revision").session(directorate).param("subjectId", subject);
    }

    private void insert(String action, String subjectId, String details, Instant at) {
        insert(action, "TEST", subjectId, details, at);
    }

    private void insert(String action, String subjectType, String subjectId, String details, Instant at) {
        jdbc.update("""
                insert into audit_event (occurred_at, username, role, action, subject_type, subject_id, details)
                values (?, 'testbruger', 'CASEWORKER', ?, ?, ?, ?)""", Timestamp.from(at), action, subjectType,
                subjectId, details);
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }
}
