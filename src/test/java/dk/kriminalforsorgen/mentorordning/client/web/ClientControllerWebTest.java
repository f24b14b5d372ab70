package dk.kriminalforsorgen.mentorordning.client.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.client.ClientRecords;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.ClientService.NewClient;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.ControllerSlice;

/**
 * The client controller alone (services mocked): binding of the new-client form, refusals put on the
 * form at their field or at the top (IN1), and the redirect with a flash message after a save. Views
 * are not rendered here (the page tests render them).
 */
@ControllerSlice(ClientController.class)
class ClientControllerWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientService clients;

    @MockitoBean
    ClientRecords records;

    @MockitoBean
    CprProtector cprProtector;

    @MockitoBean
    ClientOptions options;

    @MockitoBean
    EligibilityPanel panel;

    @MockitoBean
    DirectoratePurposes purposes;

    private static MockHttpServletRequestBuilder newSupervisedClient() {
        return post("/klienter/ny")
                .param("firstName", "Ali").param("lastName", "Hansen").param("cpr", "010190-1234")
                .param("status", "UNDER_SUPERVISION").param("unitId", "104")
                .param("supervisionEndDate", "2028-01-01").param("statusSince", "2027-01-01");
    }

    @Test
    void createRedirectsToTheNewClientWithAFlashMessage() throws Exception {
        when(clients.checkNew(any(), any(), any(), anyBoolean())).thenReturn(List.of());
        when(clients.createClient(any(NewClient.class))).thenReturn(new ClientService.Registered(42L, null));
        mvc.perform(newSupervisedClient())
                .andExpect(redirectedUrl("/klienter/42"))
                .andExpect(flash().attribute("flashSuccess", "client.created"));
    }

    @Test
    void IN2_aCprViolationIsShownAtItsFieldAndNothingIsSaved() throws Exception {
        when(clients.checkNew(eq("010190-1234"), any(), any(), anyBoolean()))
                .thenReturn(List.of(RuleViolation.onField(Check.CPR, "cpr", "client.cpr.duplicate")));
        mvc.perform(newSupervisedClient())
                .andExpect(view().name("clients/new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "cpr", "client.cpr.duplicate"));
        verify(clients, never()).createClient(any());
    }

    @Test
    void C1_aRefusalFromTheServiceIsPutOnTheFormAtItsField() throws Exception {
        when(clients.checkNew(any(), any(), any(), anyBoolean())).thenReturn(List.of());
        when(clients.createClient(any(NewClient.class)))
                .thenThrow(Refusal.onField(Rule.C1, "unitId", "client.unit.otherArea"));
        mvc.perform(newSupervisedClient())
                .andExpect(view().name("clients/new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unitId", "client.unit.otherArea"));
    }

    @Test
    void requiredFieldsAreCheckedByTheFormBeforeTheService() throws Exception {
        mvc.perform(post("/klienter/ny").param("firstName", "Ali"))
                .andExpect(view().name("clients/new"))
                .andExpect(model().attributeHasFieldErrors("form", "lastName", "cpr", "status", "statusSince"));
        verify(clients, never()).createClient(any());
    }

    @Test
    void C2_theFormOffersRegisterAndHandOverNamingTheArea() throws Exception {
        when(clients.checkNew(any(), any(), any(), eq(false)))
                .thenReturn(List.of(RuleViolation.onField(Rule.C2, "releaseUnitId", "client.handover.confirm", "Syddanmark")));
        mvc.perform(newSupervisedClient())
                .andExpect(view().name("clients/new"))
                .andExpect(model().attribute("handoverArea", "Syddanmark"))
                .andExpect(model().attributeHasFieldErrorCode("form", "releaseUnitId", "client.handover.confirm"));
        verify(clients, never()).createClient(any());
    }

    @Test
    void C2_aHandedOverClientGoesBackToTheListWithTheArea() throws Exception {
        when(clients.checkNew(any(), any(), any(), eq(true))).thenReturn(List.of());
        when(clients.createClient(any(NewClient.class))).thenReturn(new ClientService.Registered(42L, "Syddanmark"));
        mvc.perform(newSupervisedClient().param("handOver", "true"))
                .andExpect(redirectedUrl("/klienter"))
                .andExpect(flash().attribute("flashInfo", "client.createdAndHandedOver"))
                .andExpect(flash().attribute("flashArgs", "Syddanmark"));
    }

    // ------------------------------------------------------------------ the header's search (issue 16)

    @Test
    void DP3_theHeadersQueryWithADigitIsACprSearchKeptOnlyAsItsHash() throws Exception {
        when(cprProtector.lookupHash(any())).thenReturn("nøgle");
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/klienter/soeg").param("query", "010190-1234").session(session))
                .andExpect(redirectedUrl("/klienter"));
        org.assertj.core.api.Assertions.assertThat(session.getAttribute(ClientController.SEARCH_ATTRIBUTE))
                .isEqualTo(new ClientController.SearchState(null, "nøgle"));
    }

    @Test
    void theHeadersQueryWithoutADigitIsANameSearch() throws Exception {
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/klienter/soeg").param("query", "Ida Jensen").session(session))
                .andExpect(redirectedUrl("/klienter"));
        org.assertj.core.api.Assertions.assertThat(session.getAttribute(ClientController.SEARCH_ATTRIBUTE))
                .isEqualTo(new ClientController.SearchState("Ida Jensen", null));
        verify(cprProtector, never()).lookupHash(any());
    }
}
