package dk.kriminalforsorgen.mentorordning.course.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.course.CourseEstablishment;
import dk.kriminalforsorgen.mentorordning.course.CourseHandovers;
import dk.kriminalforsorgen.mentorordning.course.CourseMentors;
import dk.kriminalforsorgen.mentorordning.course.CoursePreparation;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.ProposalKind;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * The course controller alone (a web slice: no database, no full boot, the use cases mocked, the views
 * not rendered): it binds the form, calls one use case, redirects with a flash message after success,
 * and puts a refusal on the form with {@code FormErrors} (next to its field, or at the top when the
 * form has no such field) instead of an error page.
 */
@WebMvcTest(controllers = CourseController.class, useDefaultFilters = false, includeFilters = @Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = {CourseController.class, CourseFormsAdvice.class, CourseOptions.class}),
        excludeAutoConfiguration = ThymeleafAutoConfiguration.class)
class CourseControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CourseReading reading;
    @MockitoBean
    CoursePreparation preparation;
    @MockitoBean
    CourseMentors mentors;
    @MockitoBean
    CourseEstablishment establishment;
    @MockitoBean
    CourseHandovers handovers;

    /** A form posted by a signed-in caseworker, with the CSRF token. */
    private static MockHttpServletRequestBuilder caseworkerPosts(String path) {
        return post(path).with(user("t").roles("CASEWORKER")).with(csrf());
    }

    /** The form's page shown again (200) instead of a redirect. */
    private static ResultMatcher shownAgain(String view) {
        return result -> {
            status().isOk().match(result);
            view().name(view).match(result);
        };
    }

    private void assertNothingEstablished() {
        verify(establishment, never()).establish(anyLong(), anyLong(), any());
    }

    @Test
    void C1_aPreparedCourseRedirectsToItsPageWithAFlashMessage() throws Exception {
        when(preparation.prepare(7L, LocalDate.parse("2026-03-02"))).thenReturn(42L);
        mvc.perform(caseworkerPosts("/forloeb/ny")
                        .param("clientId", "7").param("plannedStart", "2026-03-02"))
                .andExpect(redirectedUrl("/forloeb/42"))
                .andExpect(flash().attribute("flashSuccess", "course.prepared"));
    }

    @Test
    void C1_aRefusedPreparationShowsTheFormAgainWithTheRuleAtTheTopAndTheInputCheckAtItsField() throws Exception {
        when(reading.preparableClients()).thenReturn(List.of());
        when(preparation.prepare(eq(7L), any())).thenThrow(new Refusal(List.of(
                dk.kriminalforsorgen.mentorordning.shared.RuleViolation.general(Rule.C1, "course.C1.otherArea"),
                dk.kriminalforsorgen.mentorordning.shared.RuleViolation.onField(Check.INPUT, "plannedStart",
                        "course.plannedStart.past"))));
        mvc.perform(caseworkerPosts("/forloeb/ny")
                        .param("clientId", "7").param("plannedStart", "2020-01-01"))
                .andExpect(shownAgain("course/prepare"))
                .andExpect(model().attributeHasFieldErrorCode("form", "plannedStart", "course.plannedStart.past"))
                .andExpect(model().errorCount(2));
    }

    @Test
    void INPUT_aRefusalNamingAFieldTheFormLacksIsShownAtTheTopNotLost() throws Exception {
        org.mockito.Mockito.doThrow(Refusal.onField(Check.INPUT, "mentorId", "course.establish.noMentor"))
                .when(preparation).recordProposal(eq(5L), eq(3L), eq(ProposalKind.NONE), isNull(), any());
        mvc.perform(caseworkerPosts("/forloeb/5/forslag")
                        .param("version", "3").param("proposal", "NONE"))
                .andExpect(shownAgain("course/proposal"))
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(model().errorCount(1));
    }

    @Test
    void aStaleProposalIsToldOnTheFormAndNothingElseIsCalled() throws Exception {
        org.mockito.Mockito.doThrow(new dk.kriminalforsorgen.mentorordning.shared.StaleEditException("course 5"))
                .when(preparation).recordProposal(eq(5L), eq(2L), eq(ProposalKind.NONE), isNull(), any());
        mvc.perform(caseworkerPosts("/forloeb/5/forslag")
                        .param("version", "2").param("proposal", "NONE"))
                .andExpect(shownAgain("course/proposal"))
                .andExpect(model().attributeHasErrors("form"));
        assertNothingEstablished();
    }

    @Test
    void C1_theCheckStepShowsTheDecisionToConfirmAndNeverEstablishes() throws Exception {
        when(establishment.review(eq(5L), eq(3L), any())).thenReturn(new CourseEstablishment.EstablishmentReview(
                null, null, "Mentor", "Tina Holm", false, java.util.Optional.empty(), LocalDate.parse("2026-03-16")));
        mvc.perform(caseworkerPosts("/forloeb/5/etabler/tjek")
                        .param("version", "3").param("startDate", "2026-03-02").param("agreedHours", "3")
                        .param("responsibleUserId", "7"))
                .andExpect(shownAgain("course/establish-check"))
                .andExpect(model().attributeExists("review"));
        assertNothingEstablished();
    }

    @Test
    void C1_theConfirmedEstablishmentRedirectsToItsConfirmationPage() throws Exception {
        mvc.perform(caseworkerPosts("/forloeb/5/etabler")
                        .param("version", "3").param("startDate", "2026-03-02").param("agreedHours", "3")
                        .param("responsibleUserId", "7"))
                .andExpect(redirectedUrl("/forloeb/5/etableret"));
        verify(establishment).establish(eq(5L), eq(3L), any());
    }

    // ---------------------------------------------------------------- the list (issue 16)

    @Test
    void theCourseListSortsOnlyByAWhitelistedColumnAndAnythingElseIsTheDefaultOrder() throws Exception {
        when(reading.list(any(), anyBoolean(), any(), any(), anyBoolean(), anyInt()))
                .thenReturn(new CourseReading.CoursePage(List.of(), 0, false));
        mvc.perform(get("/forloeb").with(user("t").roles("CASEWORKER")).param("sortering", "ansvarlig")
                        .param("retning", "ned").param("mine", "true").param("side", "2"))
                .andExpect(view().name("course/list"))
                .andExpect(model().attribute("baseUrl", "/forloeb?mine=true&sortering=ansvarlig&retning=ned"));
        verify(reading).list(null, true, null, CourseQueries.Sort.RESPONSIBLE, true, 2);
        mvc.perform(get("/forloeb").with(user("t").roles("CASEWORKER")).param("sortering", "k.id; drop table client")
                        .param("retning", "desc").param("mine", "ja"))
                .andExpect(view().name("course/list"))
                .andExpect(model().attribute("baseUrl", "/forloeb"));
        verify(reading).list(null, false, null, CourseQueries.Sort.NEWEST, false, 0);
    }

    @Test
    void DP3_theCourseListsNameSearchIsKeptInTheSessionAndNeverInTheAddress() throws Exception {
        when(reading.list(any(), anyBoolean(), any(), any(), anyBoolean(), anyInt()))
                .thenReturn(new CourseReading.CoursePage(List.of(), 0, false));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(caseworkerPosts("/forloeb/soeg").session(session)
                        .param("navn", "Jensen").param("tilstand", "ACTIVE").param("sortering", "klient"))
                .andExpect(redirectedUrl("/forloeb?tilstand=ACTIVE&sortering=klient"));
        assertThat(session.getAttribute(CourseController.SEARCH_ATTRIBUTE)).isEqualTo("Jensen");
        mvc.perform(get("/forloeb").with(user("t").roles("CASEWORKER")).session(session))
                .andExpect(model().attribute("nameSearch", "Jensen"));
        verify(reading).list(null, false, "Jensen", CourseQueries.Sort.NEWEST, false, 0);

        mvc.perform(caseworkerPosts("/forloeb/soeg").session(session)
                        .param("navn", "Jensen").param("nulstil", "1"))
                .andExpect(redirectedUrl("/forloeb"));
        assertThat(session.getAttribute(CourseController.SEARCH_ATTRIBUTE)).isNull();
    }
}
