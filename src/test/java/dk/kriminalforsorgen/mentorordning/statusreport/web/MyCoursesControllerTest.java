package dk.kriminalforsorgen.mentorordning.statusreport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
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
import org.springframework.validation.BindingResult;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportContent;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.StatusReport;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.TaskWork;

/**
 * The mentor's controller alone (no database, no security filters, pages not rendered): "gem" saves a
 * draft and "tjek" saves it complete and goes on to check the answers, whose page submits; refusals land
 * on the form with the input kept; a submitted report is shown read-only when a change is refused.
 */
class MyCoursesControllerTest extends ReportControllerSliceTest {

    static final Instant NOW = Instant.parse("2026-05-02T10:00:00Z");

    private static ReportViews.FormContext formContext() {
        ReportViews.CourseHeader header = new ReportViews.CourseHeader(7, "Ida", null, "Tina Holm",
                LocalDate.of(2026, 3, 1), null, true, null);
        return new ReportViews.FormContext(header, List.of(new ReportViews.GoalLine(1, "COMPANIONS", "Nyt netværk"),
                new ReportViews.GoalLine(2, "EDUCATION_EMPLOYMENT", "Fritidsjob")),
                List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4)), Optional.empty());
    }

    private static StatusReport report(boolean submitted) {
        ReportContent content = new ReportContent(4, null, List.of(), List.of(), new BigDecimal("16"), null, "Videre",
                false, null);
        StatusReport report = StatusReport.draft(7, ReportKind.MONTHLY, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), 1, content, new StatusReport.By(1L, "Karim"), NOW);
        if (submitted) {
            report.submit(new StatusReport.By(1L, "Karim"), NOW);
        }
        return report;
    }

    @Test
    void theNewReportFormIsSizedToThePlansGoalsAndPrefilledFromTheLink() throws Exception {
        when(mentorReports.myForm(7)).thenReturn(formContext());
        var result = mvc.perform(get("/mine-forloeb/7/rapporter/ny").param("art", "QUARTERLY").param("periode", "2026-04-02"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/mine/form")).andReturn();
        ReportForm form = (ReportForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getKind()).isEqualTo(ReportKind.QUARTERLY);
        assertThat(form.getPeriod()).isEqualTo("2026-04-02");
        assertThat(form.getGoalProgress()).hasSize(2);
        assertThat(form.getTaskWork()).hasSize(4);
    }

    @Test
    void S2_goingOnSavesACompleteDraftAndShowsTheCheckPageBeforeAnythingIsSubmitted() throws Exception {
        when(mentorReports.createMine(eq(7L), any(), eq(true))).thenReturn(42L);
        mvc.perform(post("/mine-forloeb/7/rapporter/ny").param("kind", "MONTHLY").param("period", "2026-04")
                        .param("contactsCount", "4").param("nextSteps", "Videre").param("hoursSpent", "16")
                        .param("handling", "tjek"))
                .andExpect(redirectedUrl("/mine-forloeb/7/rapporter/42/tjek"));
        ArgumentCaptor<ReportViews.ReportInput> input = ArgumentCaptor.forClass(ReportViews.ReportInput.class);
        verify(mentorReports).createMine(eq(7L), input.capture(), eq(true));
        assertThat(input.getValue().kind()).isEqualTo(ReportKind.MONTHLY);
        assertThat(input.getValue().content().contactsCount()).isEqualTo(4);
        verify(mentorReports, never()).submitMine(anyLong(), anyLong(), anyLong());
    }

    @Test
    void S2_theCheckPageShowsTheDraftAndItsSubmitLeadsToTheReceipt() throws Exception {
        when(mentorReports.myCheck(7, 42)).thenReturn(new ReportViews.MineReport(formContext(), report(false)));
        mvc.perform(get("/mine-forloeb/7/rapporter/42/tjek"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/mine/check"))
                .andExpect(model().attributeExists("report", "course", "goals"));
        mvc.perform(post("/mine-forloeb/7/rapporter/42/indsend").param("version", "3"))
                .andExpect(redirectedUrl("/mine-forloeb/7/rapporter/42/kvittering"));
        verify(mentorReports).submitMine(7, 42, 3);
    }

    @Test
    void CI1_aSubmitOfAnAnswerPageThatChangedMeanwhileShowsTheCheckPageAgain() throws Exception {
        doThrow(new StaleEditException("status report 42")).when(mentorReports).submitMine(7, 42, 3);
        when(mentorReports.myCheck(7, 42)).thenReturn(new ReportViews.MineReport(formContext(), report(false)));
        mvc.perform(post("/mine-forloeb/7/rapporter/42/indsend").param("version", "3"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/mine/check"))
                .andExpect(model().attribute("changed", true));
    }

    @Test
    void aSecondSubmitOfASubmittedReportShowsItsReceipt() throws Exception {
        doThrow(Refusal.general(Check.STATE, "report.readOnly")).when(mentorReports).submitMine(7, 42, 3);
        when(mentorReports.myReport(7, 42)).thenReturn(new ReportViews.MineReport(formContext(), report(true)));
        mvc.perform(post("/mine-forloeb/7/rapporter/42/indsend").param("version", "3"))
                .andExpect(redirectedUrl("/mine-forloeb/7/rapporter/42/kvittering"));
    }

    @Test
    void aDraftWithATaskGroupLeftEmptyOpensInTheForm() throws Exception {
        ReportContent content = new ReportContent(4, null, List.of(), List.of(new TaskWork(TaskGroup.PRACTICAL, "Budget"),
                new TaskWork(TaskGroup.COMMUNICATION, null)), null, null, null, false, null);
        StatusReport draft = StatusReport.draft(7, ReportKind.MONTHLY, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), 1, content, new StatusReport.By(1L, "Karim"), NOW);
        when(mentorReports.myReport(7, 42)).thenReturn(new ReportViews.MineReport(formContext(), draft));
        var result = mvc.perform(get("/mine-forloeb/7/rapporter/42"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/mine/form")).andReturn();
        ReportForm form = (ReportForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getTaskWork()).containsExactly("Budget", null, null, null);
    }

    @Test
    void S2_saveKeepsADraftAndReturnsToIt() throws Exception {
        when(mentorReports.createMine(eq(7L), any(), eq(false))).thenReturn(42L);
        mvc.perform(post("/mine-forloeb/7/rapporter/ny").param("kind", "MONTHLY").param("period", "2026-04")
                        .param("handling", "gem"))
                .andExpect(redirectedUrl("/mine-forloeb/7/rapporter/42"))
                .andExpect(flash().attribute("flashSuccess", "report.draftSaved"));
        verify(mentorReports).createMine(eq(7L), any(), eq(false));
    }

    @Test
    void S1_aRefusedReportIsShownAgainWithEveryViolationAtItsFieldAndTheInputKept() throws Exception {
        when(mentorReports.createMine(anyLong(), any(), anyBoolean())).thenThrow(new Refusal(List.of(
                dk.kriminalforsorgen.mentorordning.shared.RuleViolation.onField(Rule.S1, "period",
                        "report.period.outsideCourse", "januar 2026", "1. marts 2026"),
                dk.kriminalforsorgen.mentorordning.shared.RuleViolation.onField(Rule.S2, "nextSteps",
                        "report.nextSteps.required"))));
        when(mentorReports.myForm(7)).thenReturn(formContext());
        var result = mvc.perform(post("/mine-forloeb/7/rapporter/ny").param("kind", "MONTHLY").param("period", "2026-01")
                        .param("contactsNote", "Vi mødtes").param("handling", "tjek"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/mine/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "period", "report.period.outsideCourse"))
                .andExpect(model().attributeHasFieldErrorCode("form", "nextSteps", "report.nextSteps.required"))
                .andReturn();
        ReportForm form = (ReportForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getContactsNote()).isEqualTo("Vi mødtes");
        assertThat(form.getGoalProgress()).hasSize(2);
    }

    @Test
    void aSubmittedReportIsShownReadOnlyWhenAChangeIsRefused() throws Exception {
        doThrow(Refusal.general(Check.STATE, "report.readOnly")).when(mentorReports)
                .updateMine(anyLong(), anyLong(), anyLong(), any(), anyBoolean());
        when(mentorReports.myReport(7, 42)).thenReturn(new ReportViews.MineReport(formContext(), report(true)));
        mvc.perform(post("/mine-forloeb/7/rapporter/42").param("kind", "MONTHLY").param("version", "1")
                        .param("handling", "gem"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/mine/report"))
                .andExpect(model().attribute("refused", true));
    }

    @Test
    void CI1_aStaleDraftIsShownWithTheConflictAndTheUsersText() throws Exception {
        doThrow(new StaleEditException("status report 42")).when(mentorReports)
                .updateMine(anyLong(), anyLong(), anyLong(), any(), anyBoolean());
        when(mentorReports.myReport(7, 42)).thenReturn(new ReportViews.MineReport(formContext(), report(false)));
        var result = mvc.perform(post("/mine-forloeb/7/rapporter/42").param("version", "1")
                        .param("concerns", "Min anden tekst").param("handling", "gem"))
                .andExpect(status().isOk()).andExpect(view().name("statusreport/mine/form")).andReturn();
        var model = result.getModelAndView().getModel();
        assertThat(((BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + "form")).getGlobalError().getCode())
                .isEqualTo("conflict.staleEdit");
        assertThat(((ReportForm) model.get("form")).getConcerns()).isEqualTo("Min anden tekst");
        verify(mentorReports).updateMine(eq(7L), eq(42L), eq(1L), any(), eq(false));
    }
}
