package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 12: the documents as PDF, checked by parsing them with PDFBox: the letterhead, the date, the case
 * reference, the paragraphs, "Side 1 af", the title and language, every font embedded, the tagging
 * (PDF/UA); no CPR number; one audit row per download; another area's id is a 404 on every document
 * (AZ2), audited as denied, and nothing is downloaded.
 */
class DocumentDownloadsTest extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    CourseEnding ending;

    @Autowired
    CprProtector cprs;

    private CourseSteps steps;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        steps = new CourseSteps(context);
    }

    /** What a parsed PDF says. */
    record Pdf(String text, String title, String language, boolean tagged, List<String> fontsNotEmbedded, int pages) {
    }

    static Pdf parse(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            boolean tagged = doc.getDocumentCatalog().getMarkInfo() != null
                    && doc.getDocumentCatalog().getMarkInfo().isMarked()
                    && doc.getDocumentCatalog().getStructureTreeRoot() != null;
            // the text extractor puts extra spaces between separately placed words: one space is enough here
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t\\u00A0]+", " ");
            return new Pdf(text, doc.getDocumentInformation().getTitle(),
                    doc.getDocumentCatalog().getLanguage(), tagged, notEmbedded, doc.getNumberOfPages());
        }
    }

    private Pdf download(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        Pdf pdf = parse(response.getContentAsByteArray());
        assertThat(pdf.fontsNotEmbedded()).as("fonts not embedded").isEmpty();
        assertThat(pdf.tagged()).as("tagged PDF (PDF/UA)").isTrue();
        assertThat(pdf.language()).isEqualTo("da");
        assertThat(pdf.text()).contains("Kriminalforsorgen", "Side 1 af " + pdf.pages(), "2. marts 2026");
        return pdf;
    }

    private long audits(String subjectType, long subjectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_DOWNLOADED'"
                + " and subject_type = ? and subject_id = ?", Long.class, subjectType, String.valueOf(subjectId));
    }

    @Test
    void C4_theActionPlanAsAPdfLetterInEachVersion_withLetterheadReferenceAndPageNumbers() throws Exception {
        long course = steps.active();
        MockHttpSession caseworker = sessions.of(TestUsers.CASEWORKER);
        long before = audits("COURSE", course);
        Pdf pdf = download(caseworker, "/forloeb/" + course + "/dokumenter/handleplan.pdf?version=1");
        assertThat(pdf.title()).isEqualTo("Handleplan, version 1");
        assertThat(pdf.text()).contains("Kriminalforsorgsområde Hovedstaden", "Sagsnr.", "Forløb nr. " + course,
                "Handleplan, version 1", "§9", "Behovet for en mentor", "Opgavefordeling");
        assertThat(audits("COURSE", course)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'DOCUMENT_DOWNLOADED'"
                + " and subject_id = ? order by id desc limit 1", String.class, String.valueOf(course)))
                .isEqualTo("dokument=handleplan, version=1");
        // the current version without a number; a version that does not exist is a 404
        download(caseworker, "/forloeb/" + course + "/dokumenter/handleplan.pdf");
        mvc.perform(get("/forloeb/" + course + "/dokumenter/handleplan.pdf?version=9").session(caseworker))
                .andExpect(status().isNotFound());
    }

    @Test
    void C1_theEstablishmentDecisionNamesParagraph7AndTheEligibilityGroundsOnTheStartDate() throws Exception {
        long course = steps.active();
        Pdf pdf = download(sessions.of(TestUsers.CASEWORKER), "/forloeb/" + course + "/dokumenter/etablering.pdf");
        assertThat(pdf.title()).isEqualTo("Afgørelse om etablering af mentorforløb");
        assertThat(pdf.text()).contains("§7 stk. 1", "Forløb nr. " + course, "Betingelserne i §2-§6 er vurderet på startdatoen 2. marts 2026",
                "§2 nr. 1", "Opfyldt", "2 timer om ugen", "Forløbsmentor");
    }

    @Test
    void C12_theEndingDecisionNamesParagraph19AndTheReason_andIsA404WhileTheCourseIsOpen() throws Exception {
        long course = steps.active();
        MockHttpSession caseworker = sessions.of(TestUsers.CASEWORKER);
        mvc.perform(get("/forloeb/" + course + "/dokumenter/ophoer.pdf").session(caseworker)).andExpect(status().isNotFound());
        steps.as(TestUsers.CASEWORKER, () -> {
            ending.end(course, steps.courseVersion(course), new MentorCourse.Ending(EndReason.PURPOSE_ACHIEVED, DAY,
                    "Klienten har fået arbejde", List.of(new CourseGoalOutcome(1, null, null, GoalOutcome.ACHIEVED),
                    new CourseGoalOutcome(2, null, null, GoalOutcome.PARTLY))));
            return null;
        });
        String page = mvc.perform(get("/forloeb/" + course).session(caseworker)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/forloeb/" + course + "/dokumenter/ophoer.pdf", "/forloeb/" + course + "/dokumenter/etablering.pdf",
                "/forloeb/" + course + "/dokumenter/udpegning.pdf", "/forloeb/" + course + "/dokumenter/handleplan.pdf");
        Pdf pdf = download(caseworker, "/forloeb/" + course + "/dokumenter/ophoer.pdf");
        assertThat(pdf.title()).isEqualTo("Afgørelse om ophør af mentorforløb");
        assertThat(pdf.text()).contains("§19", "Formålet er opnået (§19 nr. 1)", "Klienten har fået arbejde",
                "Delvist opnået", "Forløb nr. " + course);
    }

    @Test
    void M9_theAppointmentLetterCarriesTheConfidentialityAndDutyToNotifyDeclaration() throws Exception {
        long course = steps.active();
        Pdf pdf = download(sessions.of(TestUsers.COORDINATOR), "/forloeb/" + course + "/dokumenter/udpegning.pdf");
        assertThat(pdf.title()).isEqualTo("Udpegning som mentor");
        assertThat(pdf.text()).contains("Erklæring om tavshedspligt og underretningspligt", "forvaltningslovens §27",
                "§8 stk. 2", "strafbart forhold", "Underskrift", "Forløb nr. " + course);
        // a course being prepared has no appointed mentor yet
        long preparing = steps.preparing();
        mvc.perform(get("/forloeb/" + preparing + "/dokumenter/udpegning.pdf").session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void S2_aSubmittedStatusReportAsAPdf() throws Exception {
        Reports world = new Reports(context);
        Reports.Course course = world.activeCourse(3);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        mvc.perform(Reports.monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(coordinator)).andExpect(status().is3xxRedirection());
        long report = world.reportId(course.id(), month);
        long before = audits("STATUS_REPORT", report);
        Pdf pdf = download(coordinator, "/forloeb/" + course.id() + "/rapporter/" + report + "/rapport.pdf");
        assertThat(pdf.title()).startsWith("Statusrapport");
        assertThat(pdf.text()).contains("§17", "Har søgt to job", "Forløb nr. " + course.id() + ", rapport nr. " + report);
        assertThat(audits("STATUS_REPORT", report)).isEqualTo(before + 1);
        // DP3: the client by name, never the CPR number, neither whole nor masked
        Cpr cpr = cprs.decrypt(jdbc.queryForObject("select cpr_encrypted from client where id = ?", String.class,
                course.clientId()));
        String flat = pdf.text().replaceAll("\\s+", " ");
        assertThat(flat).contains(course.firstName()).doesNotContain(cpr.full()).doesNotContain(cpr.masked())
                .doesNotContain(cpr.full().substring(0, 6));
    }

    @Test
    void M8_theDirectoratesDecisionOnAFlaggedMentorNamesParagraph7Stk2() throws Exception {
        MentorRegistrySteps registry = new MentorRegistrySteps(mvc, jdbc, clock);
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        MockHttpSession directorate = sessions.of(TestUsers.DIRECTORATE);
        long mentor = registry.registeredCandidate(coordinator, "Kim", MentorRegistrySteps.uniqueLastName("Pdf"), "Dom for vold 2011");
        registry.flag(coordinator, mentor, "Forholdet er gammelt; kandidaten er stabil.");
        long caseId = registry.openCase(mentor);
        // an undecided case has no letter
        mvc.perform(get("/godkendelser/" + caseId + "/afgoerelse.pdf").session(directorate)).andExpect(status().isNotFound());
        mvc.perform(post("/godkendelser/{id}", caseId).session(directorate).with(csrf())
                .param("decision", "APPROVED").param("reason", "Forholdet har ingen betydning for opgaven.").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        Pdf pdf = download(directorate, "/godkendelser/" + caseId + "/afgoerelse.pdf");
        assertThat(pdf.text()).contains("Direktoratet for Kriminalforsorgen", "§7 stk. 2", "kriminalregisteret",
                "Forholdet har ingen betydning for opgaven.", "Godkendelsessag nr. " + caseId);
        // the flagging area's coordinator gets the letter too, linked from the mentor page
        assertThat(mvc.perform(get("/mentorer/" + mentor).session(coordinator)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("/godkendelser/" + caseId + "/afgoerelse.pdf");
        download(coordinator, "/godkendelser/" + caseId + "/afgoerelse.pdf");
        assertThat(audits("APPROVAL_CASE", caseId)).isEqualTo(2);
        // another area's coordinator: 404, audited as denied
        mvc.perform(get("/godkendelser/" + caseId + "/afgoerelse.pdf").session(sessions.of(TestUsers.COORDINATOR_SOUTH)))
                .andExpect(status().isNotFound());
    }

    @Test
    void AZ2_anotherAreasIdIsA404OnEveryDocument_auditedAsDeniedAndNeverDownloaded() throws Exception {
        long course = steps.active();
        steps.as(TestUsers.CASEWORKER, () -> {
            ending.end(course, steps.courseVersion(course), new MentorCourse.Ending(EndReason.BY_AGREEMENT, DAY, null,
                    List.of(new CourseGoalOutcome(1, null, null, GoalOutcome.ACHIEVED),
                            new CourseGoalOutcome(2, null, null, GoalOutcome.PARTLY))));
            return null;
        });
        Reports world = new Reports(context);
        Reports.Course reported = world.activeCourse(3);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(Reports.monthly("/forloeb/" + reported.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(sessions.of(TestUsers.COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        long report = world.reportId(reported.id(), month);
        MockHttpSession own = sessions.of(TestUsers.CASEWORKER);
        MockHttpSession south = sessions.of(TestUsers.CASEWORKER_SOUTH);
        for (String path : DocumentUrls.ofCourse(course, reported.id(), report)) {
            mvc.perform(get(path).session(own)).andExpect(status().isOk());
            long denied = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
            long downloads = jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_DOWNLOADED'", Long.class);
            MockHttpServletResponse response = mvc.perform(get(path).session(south)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("%PDF");
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class))
                    .as(path).isEqualTo(denied + 1);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DOCUMENT_DOWNLOADED'", Long.class))
                    .as(path).isEqualTo(downloads);
        }
    }

    /** Every document URL of a course and of a report: the parameterised list the 404 test walks. */
    static final class DocumentUrls {

        static List<String> ofCourse(long course, long reportCourse, long report) {
            return List.of("/forloeb/" + course + "/dokumenter/handleplan.pdf",
                    "/forloeb/" + course + "/dokumenter/handleplan.pdf?version=1",
                    "/forloeb/" + course + "/dokumenter/etablering.pdf",
                    "/forloeb/" + course + "/dokumenter/ophoer.pdf",
                    "/forloeb/" + course + "/dokumenter/udpegning.pdf",
                    "/forloeb/" + reportCourse + "/rapporter/" + report + "/rapport.pdf");
        }
    }
}
