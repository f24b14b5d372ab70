package dk.kriminalforsorgen.mentorordning.mentor.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.mentor.Mentor;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.MentorViews;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.support.ControllerSlice;

/**
 * The mentor controller alone (services mocked): the registration form's binding, refusals at their
 * field or at the top (IN1), the CPR number never echoed back after a refusal (DP2), and the redirect
 * with a flash message after a save. Views are not rendered here (the page tests render them).
 */
@ControllerSlice(MentorController.class)
class MentorControllerWebTest {

    @Autowired
    MockMvc mvc;

    /** Needed by the directorate's report-purpose guard (AZ5), a web component every slice loads. */
    @MockitoBean
    dk.kriminalforsorgen.mentorordning.client.RecordPurposes recordPurposes;

    @MockitoBean
    MentorRegistry registry;

    @MockitoBean
    MentorViews views;

    @MockitoBean
    MentorOptions options;

    @MockitoBean
    dk.kriminalforsorgen.mentorordning.mentor.MentorAccounts accounts;

    @MockitoBean
    dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings trainings;

    private static MockHttpServletRequestBuilder newApplicant() {
        return post("/mentorer/ny").param("firstName", "Anne").param("lastName", "Sørensen")
                .param("birthDate", "1970-04-02").param("cpr", "020470-1234").param("speaksDanish", "true");
    }

    @Test
    void registerRedirectsToTheNewMentorWithAFlashMessage() throws Exception {
        Mentor mentor = mock(Mentor.class);
        when(mentor.getId()).thenReturn(7L);
        when(registry.register(any(), eq("020470-1234"), any())).thenReturn(mentor);
        mvc.perform(newApplicant())
                .andExpect(redirectedUrl("/mentorer/7"))
                .andExpect(flash().attribute("flashSuccess", "mentor.created"));
    }

    @Test
    void IN2_aRefusedCprNumberIsShownAtItsFieldAndNotEchoed() throws Exception {
        when(registry.register(any(), any(), any())).thenThrow(Refusal.onField(Check.CPR, "cpr", "mentor.cpr.duplicate"));
        mvc.perform(newApplicant())
                .andExpect(view().name("mentor/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "cpr", "mentor.cpr.duplicate"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((MentorForm) result.getModelAndView().getModel().get("form")).getCpr()).isNull());
    }

    @Test
    void M1_aRefusalWithoutAFieldIsShownAtTheTopOfTheForm() throws Exception {
        when(registry.register(any(), any(), any())).thenThrow(Refusal.general(Rule.M1, "mentor.M1.underAgeToday", "1. januar 2027"));
        mvc.perform(newApplicant())
                .andExpect(view().name("mentor/form"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                        ((org.springframework.validation.BindingResult) result.getModelAndView().getModel()
                                .get("org.springframework.validation.BindingResult.form")).getGlobalError().getCode())
                        .isEqualTo("mentor.M1.underAgeToday"));
    }

    @Test
    void requiredFieldsAreCheckedByTheFormBeforeTheRegistry() throws Exception {
        mvc.perform(post("/mentorer/ny").param("firstName", "Anne"))
                .andExpect(view().name("mentor/form"))
                .andExpect(model().attributeHasFieldErrors("form", "lastName", "birthDate"));
        verify(registry, never()).register(any(), any(), any());
    }

    @Test
    void M7_aRecordedConsentRedirectsToTheMentorWithAFlashMessage() throws Exception {
        mvc.perform(post("/mentorer/7/samtykke").param("version", "3").param("consentGivenOn", "2027-01-01"))
                .andExpect(redirectedUrl("/mentorer/7"))
                .andExpect(flash().attribute("flashSuccess", "mentor.consent.recorded"));
        verify(registry).recordConsent(7L, 3L, java.time.LocalDate.of(2027, 1, 1));
    }
}
