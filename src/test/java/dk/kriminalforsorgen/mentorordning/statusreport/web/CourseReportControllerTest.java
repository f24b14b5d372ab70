package dk.kriminalforsorgen.mentorordning.statusreport.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportContent;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.StatusReport;

/**
 * The caseworker's report controller alone (no database, no security filters, pages not rendered):
 * it binds the forms, calls one service method, redirects after a successful post and puts every
 * refusal on the form with {@code FormErrors}.
 */
class CourseReportControllerTest extends ReportControllerSliceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private static ReportViews.CourseHeader header() {
        return new ReportViews.CourseHeader(7, "Ida Jensen", "Karim Nielsen", "Tina Holm", TODAY.minusMonths(3),
                new BigDecimal("4"), true, null);
    }

    private static ReportViews.ReportView reportView() {
        ReportContent content = new ReportContent(4, null, List.of(), List.of(), new BigDecimal("16"), null, "Videre",
                false, null);
        StatusReport report = StatusReport.draft(7, ReportKind.MONTHLY, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), 1, content, new StatusReport.By(1L, "Karim"), Instant.parse("2026-05-02T10:00:00Z"));
        report.submit(new StatusReport.By(1L, "Karim"), Instant.parse("2026-05-02T10:00:00Z"));
        return new ReportViews.ReportView(header(), report, null, true, 25);
    }

    private static ReportViews.FormContext formContext() {
        return new ReportViews.FormContext(header(), List.of(new ReportViews.GoalLine(1, "COMPANIONS", "Nyt netværk")),
                List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)), Optional.empty());
    }

    @Test
    void theCoursesReportsPageShowsTheServicesView() throws Exception {
        ReportViews.CourseReports reports = new ReportViews.CourseReports(header(), List.of(), List.of(), true, true, 10);
        when(courseReports.courseReports(7)).thenReturn(reports);
        when(courseReports.today()).thenReturn(TODAY);
        mvc.perform(get("/forloeb/7/rapporter")).andExpect(status().isOk()).andExpect(view().name("statusreport/course"))
                .andExpect(model().attribute("view", reports)).andExpect(model().attribute("today", TODAY));
    }

    @Test
    void aSignOffIsPassedOnWithItsVersionAndNoteAndRedirects() throws Exception {
        mvc.perform(post("/forloeb/7/rapporter/42/kvitter").param("version", "3").param("note", "  Politiet er orienteret "))
                .andExpect(redirectedUrl("/forloeb/7/rapporter/42"))
                .andExpect(flash().attribute("flashSuccess", "report.acknowledged"));
        verify(courseReports).acknowledge(7, 42, 3, "Politiet er orienteret");
    }

    @Test
    void aSignOffWithoutAVersionIsPassedOnAsAnUnknownVersion() throws Exception {
        mvc.perform(post("/forloeb/7/rapporter/42/kvitter")).andExpect(status().is3xxRedirection());
        verify(courseReports).acknowledge(7, 42, -1, null);
    }

    @Test
    void SIGN_OFF_aRefusedSignOffIsShownOnTheReportPage() throws Exception {
        doThrow(Refusal.general(Check.SIGN_OFF, "report.acknowledge.notResponsible"))
                .when(courseReports).acknowledge(anyLong(), anyLong(), anyLong(), any());
        when(courseReports.report(7, 42)).thenReturn(reportView());
        mvc.perform(post("/forloeb/7/rapporter/42/kvitter").param("version", "3"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/report"))
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(model().attributeHasNoErrors("view"));
        ArgumentCaptor<Long> version = ArgumentCaptor.forClass(Long.class);
        verify(courseReports).acknowledge(eq(7L), eq(42L), version.capture(), any());
    }

    @Test
    void CI1_aStaleSignOffIsShownAsAConflict() throws Exception {
        doThrow(new StaleEditException("status report 42")).when(courseReports).acknowledge(anyLong(), anyLong(), anyLong(), any());
        when(courseReports.report(7, 42)).thenReturn(reportView());
        var result = mvc.perform(post("/forloeb/7/rapporter/42/kvitter").param("version", "1"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/report")).andReturn();
        org.assertj.core.api.Assertions.assertThat(((org.springframework.validation.BindingResult) result.getModelAndView()
                .getModel().get("org.springframework.validation.BindingResult.form")).getGlobalError().getCode())
                .isEqualTo("conflict.staleEdit");
    }

    @Test
    void IN1_hoursThatAreNotANumberAreRefusedBeforeTheServiceIsCalled() throws Exception {
        when(courseReports.telephoneForm(7)).thenReturn(formContext());
        mvc.perform(post("/forloeb/7/rapporter/telefonisk").param("kind", "MONTHLY").param("period", "2026-04")
                        .param("hoursSpent", "mange").param("receivedOn", "2026-05-02"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/telephone"))
                .andExpect(model().attributeHasFieldErrorCode("form", "hoursSpent", "typeMismatch"));
        verify(courseReports, never()).logTelephone(anyLong(), any(), any());
    }

    @Test
    void aTelephoneReportIsBoundWithDanishHoursAndRedirectsToTheNewReport() throws Exception {
        when(courseReports.logTelephone(eq(7L), any(), eq(LocalDate.of(2026, 5, 2)))).thenReturn(99L);
        mvc.perform(post("/forloeb/7/rapporter/telefonisk").param("kind", "MONTHLY").param("period", "2026-04")
                        .param("contactsCount", "3").param("goalProgress[0]", "Fodbold").param("hoursSpent", "12,5")
                        .param("nextSteps", "Videre").param("receivedOn", "2026-05-02"))
                .andExpect(redirectedUrl("/forloeb/7/rapporter/99"))
                .andExpect(flash().attribute("flashSuccess", "report.telephone.logged"));
        ArgumentCaptor<ReportViews.ReportInput> input = ArgumentCaptor.forClass(ReportViews.ReportInput.class);
        verify(courseReports).logTelephone(eq(7L), input.capture(), eq(LocalDate.of(2026, 5, 2)));
        org.assertj.core.api.Assertions.assertThat(input.getValue().content().hoursSpent()).isEqualByComparingTo("12.5");
        org.assertj.core.api.Assertions.assertThat(input.getValue().period()).isEqualTo("2026-04");
        org.assertj.core.api.Assertions.assertThat(input.getValue().content().goals().get(0).getProgress()).isEqualTo("Fodbold");
    }

    @Test
    void S1_aRefusedTelephoneReportKeepsTheInputAndShowsTheRuleAtItsField() throws Exception {
        when(courseReports.logTelephone(anyLong(), any(), any())).thenThrow(
                Refusal.onField(Rule.S1, "period", "report.period.duplicate"));
        when(courseReports.telephoneForm(7)).thenReturn(formContext());
        mvc.perform(post("/forloeb/7/rapporter/telefonisk").param("kind", "MONTHLY").param("period", "2026-04")
                        .param("contactsNote", "Min tekst").param("receivedOn", "2026-05-02"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/telephone"))
                .andExpect(model().attributeHasFieldErrorCode("form", "period", "report.period.duplicate"))
                .andExpect(model().attribute("goals", formContext().goals()));
    }

    @Test
    void anEndedCourseSendsTheCaseworkerBackToItsReportsWithTheReason() throws Exception {
        when(courseReports.telephoneForm(7)).thenThrow(Refusal.general(Check.STATE, "report.telephone.courseNotActive"));
        mvc.perform(get("/forloeb/7/rapporter/telefonisk")).andExpect(redirectedUrl("/forloeb/7/rapporter"))
                .andExpect(flash().attribute("flashInfo", "report.telephone.courseNotActive"));
    }
}
