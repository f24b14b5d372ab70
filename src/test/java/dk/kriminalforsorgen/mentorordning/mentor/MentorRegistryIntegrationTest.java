package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** The registry's pages on the real application: AZ3, IN1, M7, AU1, search and panels. */
class MentorRegistryIntegrationTest extends IntegrationTestBase {

    @Autowired
    MentorRegistry registry;

    MentorRegistrySteps steps;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 23));
        steps = new MentorRegistrySteps(mvc, jdbc, clock);
    }

    /** A candidate of Hovedstaden whose record check shows a registration, flagged for the directorate (M8). */
    private Flagged awaitingDirectorate() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        String lastName = MentorRegistrySteps.uniqueLastName("Rasmussen");
        String note = "Betinget dom 2009 for hælervirksomhed " + lastName;
        long id = steps.registeredCandidate(coordinator, "Hanne", lastName, note);
        steps.flag(coordinator, id, "Forholdet er mere end 15 år gammelt.");
        assertThat(steps.status(id)).isEqualTo("AWAITING_DIRECTORATE");
        return new Flagged(id, lastName, note);
    }

    private record Flagged(long id, String lastName, String note) {
        String name() {
            return "Hanne " + lastName;
        }
    }

    /** An approved mentor with the coordinator's area as home area, speaking the languages; returns the id. */
    private long approved(String coordinator, String firstName, String... languages) {
        try (SignedIn ignored = SignedIn.as(sessions.fresh(coordinator))) {
            return new RegistryMentors(registry, clock).approvedSpeaking(firstName, languages);
        }
    }

    /** An approved mentor of Hovedstaden whose other commitments fill the M10 ceiling of 18.5 hours a week. */
    private long atTheCeiling(String firstName) {
        long id = approved(TestUsers.COORDINATOR, firstName, "en");
        OtherCommitments.active(jdbc, id, "18.5", clock.today().minusMonths(1));
        return id;
    }

    private String nameOf(long mentorId) {
        return jdbc.queryForObject("select first_name || ' ' || last_name from mentor where id = ?", String.class, mentorId);
    }

    /** The mentor's name as a link or cell text shows it: whole, so "Testsen3" does not match "Testsen31". */
    private String shown(long mentorId) {
        return ">" + nameOf(mentorId) + "<";
    }

    private String lastNameOf(long mentorId) {
        return jdbc.queryForObject("select last_name from mentor where id = ?", String.class, mentorId);
    }

    private String html(String user, String path) throws Exception {
        return mvc.perform(get(path).session(sessions.of(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void AZ3_caseworkerNeverSeesCriminalRecordDetailsOnAnyMentorPage() throws Exception {
        awaitingDirectorate();
        List<Long> ids = jdbc.queryForList("select id from mentor order by id", Long.class);
        // Distinctive notes only: a one-letter note would be found anywhere in a page.
        List<String> notes = jdbc.queryForList("select distinct record_notes from mentor where length(record_notes) >= 12",
                String.class);
        assertThat(notes).isNotEmpty();
        for (String caseworker : List.of(TestUsers.CASEWORKER, TestUsers.CASEWORKER_SOUTH)) {
            for (long id : ids) {
                String page = html(caseworker, "/mentorer/" + id);
                assertThat(page).doesNotContain("Registreret i kriminalregisteret", "Ikke registreret i kriminalregisteret",
                        "record-details", "Afventer direktoratet", "status-history", "approval-case",
                        "Dato for undersøgelse");
                for (String note : notes) {
                    assertThat(page).doesNotContain(note);
                }
            }
            String search = html(caseworker, "/mentorer?side=0");
            assertThat(search).doesNotContain("Afventer direktoratet");
            for (String note : notes) {
                assertThat(search).doesNotContain(note);
            }
        }
    }

    @Test
    void AZ3_coordinatorOfTheVettingAreaAndDirectorateSeeRecordDetails() throws Exception {
        Flagged flagged = awaitingDirectorate();
        long hanne = flagged.id();
        String note = flagged.note();
        assertThat(html(TestUsers.COORDINATOR, "/mentorer/" + hanne)).contains("record-details", note, "Afventer direktoratet");
        assertThat(html(TestUsers.DIRECTORATE, "/mentorer/" + hanne)).contains("record-details", note);
        String validUntil = dk.kriminalforsorgen.mentorordning.shared.DanishFormat.date(
                jdbc.queryForObject("select record_checked_on from mentor where id = ?", java.sql.Date.class, hanne)
                        .toLocalDate().plusMonths(24).minusDays(1));
        assertThat(html(TestUsers.CASEWORKER, "/mentorer/" + hanne)).contains("Under vandelsvurdering")
                .doesNotContain(note, validUntil);
        assertThat(html(TestUsers.CASEWORKER, "/mentorer?name=" + flagged.lastName())).contains(flagged.name())
                .doesNotContain(validUntil);
    }

    @Autowired
    dk.kriminalforsorgen.mentorordning.security.UserAdministration users;

    @Test
    void AZ3_coordinatorOfAnotherAreaSeesNoRecordDetails() throws Exception {
        String username = "tovholder-syd-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "en lang og god adgangskode til test", new dk.kriminalforsorgen.mentorordning.security
                .UserAdministration.Assignment("Syd Tovholder", dk.kriminalforsorgen.mentorordning.security.Role.COORDINATOR,
                3L, 304L, false));
        MockHttpSession south = sessions.fresh(username, "en lang og god adgangskode til test");
        Flagged flagged = awaitingDirectorate();
        long hanne = flagged.id();
        String note = flagged.note();
        String page = mvc.perform(get("/mentorer/" + hanne).session(south)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Under vandelsvurdering").doesNotContain(note, "record-details", "Afventer direktoratet",
                "flag-form", "consent-form");
        assertThat(mvc.perform(get("/mentorer?status=AWAITING_DIRECTORATE&name=" + flagged.lastName()).session(south))
                .andReturn().getResponse().getContentAsString()).doesNotContain(flagged.name());
    }

    @Test
    void AZ4_extraFormFieldsCannotSetStatusAreaOrVetting() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        String lastName = MentorRegistrySteps.uniqueLastName("Masse");
        String location = mvc.perform(MentorRegistrySteps.newMentor(coordinator, "Mads", lastName, "1980-05-01")
                        .param("status", "APPROVED").param("homeAreaId", "3").param("id", "1")
                        .param("recordResult", "NOT_REGISTERED").param("createdBy", "x"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = MentorRegistrySteps.savedMentorId(location);
        assertThat(jdbc.queryForObject("select status || '/' || home_area_id || '/' || coalesce(record_result, '-') || '/' || created_by "
                + "from mentor where id = ?", String.class, id)).isEqualTo("APPLICANT/1/-/" + TestUsers.COORDINATOR);
    }

    @Test
    void AZ3_caseworkerSearchingForAwaitingDirectorateFindsItOnlyAsVetting() throws Exception {
        Flagged flagged = awaitingDirectorate();
        String page = html(TestUsers.CASEWORKER, "/mentorer?status=VETTING&name=" + flagged.lastName());
        assertThat(page).contains(flagged.name()).doesNotContain("Afventer direktoratet");
        assertThat(html(TestUsers.CASEWORKER, "/mentorer?status=AWAITING_DIRECTORATE&name=" + flagged.lastName()))
                .doesNotContain(flagged.name());
        assertThat(html(TestUsers.COORDINATOR, "/mentorer?status=AWAITING_DIRECTORATE&name=" + flagged.lastName()))
                .contains(flagged.name());
    }

    @Test
    void registrySearchFiltersByLanguageCapacityAndArea() throws Exception {
        long karim = approved(TestUsers.COORDINATOR, "Karim", "ar");
        long lone = atTheCeiling("Lone");
        long ahmed = approved(TestUsers.COORDINATOR_SOUTH, "Ahmed", "tr");
        assertThat(html(TestUsers.CASEWORKER, "/mentorer?language=ar&name=" + lastNameOf(karim))).contains(shown(karim));
        assertThat(html(TestUsers.CASEWORKER, "/mentorer?language=ar&name=" + lastNameOf(lone))).doesNotContain(shown(lone));
        assertThat(html(TestUsers.CASEWORKER, "/mentorer?status=APPROVED&name=" + lastNameOf(lone))).contains(shown(lone));
        assertThat(html(TestUsers.CASEWORKER, "/mentorer?minFreeHours=1&status=APPROVED&name=" + lastNameOf(lone)))
                .doesNotContain(shown(lone));
        assertThat(html(TestUsers.CASEWORKER, "/mentorer?minFreeHours=1&status=APPROVED&name=" + lastNameOf(karim)))
                .contains(shown(karim));
        assertThat(html(TestUsers.CASEWORKER_SOUTH, "/mentorer?areaId=3&name=" + lastNameOf(ahmed))).contains(shown(ahmed));
        assertThat(html(TestUsers.CASEWORKER_SOUTH, "/mentorer?areaId=3&name=" + lastNameOf(karim))).doesNotContain(shown(karim));
        assertThat(html(TestUsers.COORDINATOR, "/mentorer?expiringSoon=true")).doesNotContain(shown(lone));
    }

    @Test
    void IN1_aBirthDateInTheFutureIsRefusedKeepsInputAndSavesNothing() throws Exception {
        // An applicant under 18 may be registered (M1 is checked on the day of appointment, issue 16); a birth
        // date that cannot be is refused at the field.
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        String lastName = MentorRegistrySteps.uniqueLastName("Ung");
        Integer before = jdbc.queryForObject("select count(*) from mentor", Integer.class);
        String page = mvc.perform(MentorRegistrySteps.newMentor(coordinator, "Alma", lastName,
                        clock.today().plusDays(1).toString()).param("postalCode", "2200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("error-summary", "aria-invalid=\"true\"", lastName);
        assertThat(jdbc.queryForObject("select count(*) from mentor", Integer.class)).isEqualTo(before);
    }

    @Test
    void IN1_missingNameShowsDanishErrorsLinkedToTheFields() throws Exception {
        String page = mvc.perform(post("/mentorer/ny").session(sessions.of(TestUsers.COORDINATOR)).with(csrf())
                        .param("birthDate", "1980-01-01").param("postalCode", "22"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#firstName\"", "href=\"#postalCode\"", "Postnummeret skal være 4 cifre.");
    }

    @Test
    void DP1_cprIsStoredEncryptedShownMaskedAndNeverEchoed() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        String lastName = MentorRegistrySteps.uniqueLastName("Cpr");
        String location = mvc.perform(MentorRegistrySteps.newMentor(coordinator, "Dorte", lastName, "1980-05-01")
                        .param("cpr", "010580-4321"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = MentorRegistrySteps.savedMentorId(location);
        String stored = jdbc.queryForObject("select cpr_encrypted || cpr_hash from mentor where id = ?", String.class, id);
        assertThat(stored).doesNotContain("0105804321", "010580-4321");
        assertThat(html(TestUsers.CASEWORKER, "/mentorer/" + id)).contains("010580-xxxx").doesNotContain("4321");
        assertThat(html(TestUsers.COORDINATOR, "/mentorer/" + id + "/rediger")).doesNotContain("4321");
    }

    @Test
    void IN2_invalidOrMismatchingCprIsRefusedAndNothingIsSaved() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        Integer before = jdbc.queryForObject("select count(*) from mentor", Integer.class);
        for (String[] attempt : new String[][] {{"310280-1234", "mentor.cpr"}, {"12345", "DDMM"}, {"020580-1234", "passer ikke"}}) {
            String page = mvc.perform(MentorRegistrySteps.newMentor(coordinator, "Erik", MentorRegistrySteps.uniqueLastName("Cpr"),
                            "1980-05-01").param("cpr", attempt[0]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("error-summary", "href=\"#cpr\"").doesNotContain(attempt[0]);
        }
        assertThat(jdbc.queryForObject("select count(*) from mentor", Integer.class)).isEqualTo(before);
    }

    @Test
    void M7_recordCheckWithoutConsentIsRefusedAndNothingIsSaved() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        long id = steps.applicant(coordinator, "Bo", MentorRegistrySteps.uniqueLastName("Samtykke"));
        String page = mvc.perform(post("/mentorer/{id}/vandel", id).session(coordinator).with(csrf())
                        .param("checkedOn", clock.today().toString()).param("result", "NOT_REGISTERED")
                        .param("version", String.valueOf(steps.version(id))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("først undersøges, når kandidatens skriftlige samtykke er registreret");
        assertThat(jdbc.queryForObject("select record_checked_on is null from mentor where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void M7_consentThenCheckThenAreaApprovalRecordsWhoWhenAndWhy() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        long id = steps.applicant(coordinator, "Eva", MentorRegistrySteps.uniqueLastName("Godkendt"));
        steps.consent(coordinator, id);
        assertThat(steps.status(id)).isEqualTo("VETTING");
        steps.check(coordinator, id, "NOT_REGISTERED", null);
        mvc.perform(post("/mentorer/{id}/afgoerelse", id).session(coordinator).with(csrf())
                .param("decision", "APPROVE").param("reason", "Egnet efter samtale")
                .param("version", String.valueOf(steps.version(id))));
        assertThat(steps.status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForList("select to_status || '/' || changed_by || '/' || reason from mentor_status_change "
                + "where mentor_id = ? order by id", String.class, id))
                .endsWith("APPROVED/" + TestUsers.COORDINATOR + "/Egnet efter samtale");
    }

    @Test
    void CI1_staleVersionKeepsInputAndChangesNothing() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        long id = steps.applicant(coordinator, "Ib", MentorRegistrySteps.uniqueLastName("Gammel"));
        long stale = steps.version(id);
        steps.consent(coordinator, id);
        String page = mvc.perform(post("/mentorer/{id}/afgoerelse", id).session(coordinator).with(csrf())
                        .param("decision", "REJECT").param("reason", "Min begrundelse").param("version", String.valueOf(stale)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("En anden har gemt ændringer", "Min begrundelse");
        assertThat(steps.status(id)).isEqualTo("VETTING");
    }

    @Test
    void illegalTransitionIsRefusedWithADanishMessage() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        long id = steps.applicant(coordinator, "Uffe", MentorRegistrySteps.uniqueLastName("Ulovlig"));
        String page = mvc.perform(post("/mentorer/{id}/afgoerelse", id).session(coordinator).with(csrf())
                        .param("decision", "DEACTIVATE").param("reason", "x").param("version", String.valueOf(steps.version(id))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("kan ikke gå fra status");
        assertThat(steps.status(id)).isEqualTo("APPLICANT");
    }

    @Test
    void AZ2_coordinatorOfAnotherAreaCannotChangeAMentorAndIsAudited() throws Exception {
        long ahmed = approved(TestUsers.COORDINATOR_SOUTH, "Ahmed", "tr");
        mvc.perform(post("/mentorer/{id}/utilgaengelig", ahmed).session(sessions.of(TestUsers.COORDINATOR)).with(csrf())
                        .param("unavailableUntil", clock.today().plusDays(3).toString())
                        .param("version", String.valueOf(steps.version(ahmed))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select unavailable_until is null from mentor where id = ?", Boolean.class, ahmed)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_type = 'MENTOR' "
                + "and subject_id = ?", Integer.class, String.valueOf(ahmed))).isPositive();
    }

    @Test
    void AU1_everyReadSearchAndChangeWritesAnAuditRow() throws Exception {
        long karim = approved(TestUsers.COORDINATOR, "Karim", "ar");
        int views = count("MENTOR_VIEWED", karim);
        html(TestUsers.CASEWORKER, "/mentorer/" + karim);
        assertThat(count("MENTOR_VIEWED", karim)).isEqualTo(views + 1);
        int recordViews = count("MENTOR_VIEWED_WITH_RECORD", karim);
        html(TestUsers.COORDINATOR, "/mentorer/" + karim);
        assertThat(count("MENTOR_VIEWED_WITH_RECORD", karim)).isEqualTo(recordViews + 1);
        Integer searches = jdbc.queryForObject("select count(*) from audit_event where action = 'MENTOR_SEARCHED'", Integer.class);
        html(TestUsers.CASEWORKER, "/mentorer?language=ar");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MENTOR_SEARCHED'", Integer.class))
                .isEqualTo(searches + 1);
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        long id = steps.applicant(coordinator, "Åse", MentorRegistrySteps.uniqueLastName("Revision"));
        assertThat(count("MENTOR_CREATED", id)).isEqualTo(1);
        steps.consent(coordinator, id);
        assertThat(count("MENTOR_CONSENT_RECORDED", id)).isEqualTo(1);
    }

    @Test
    void startPagesShowTheRegistryPipelineAndTheApprovalQueue() throws Exception {
        String lone = shown(atTheCeiling("Lone"));
        assertThat(html(TestUsers.COORDINATOR, "/")).contains("panel-mentor-registry", lone, "panel-area-approvals");
        assertThat(html(TestUsers.DIRECTORATE, "/")).contains("panel-approvals");
        assertThat(html(TestUsers.COORDINATOR, "/mentorer/kapacitet")).contains(lone, "På loftet");
    }

    @Test
    void mentorFormAndEditPageRender() throws Exception {
        long karim = approved(TestUsers.COORDINATOR, "Karim", "ar");
        assertThat(html(TestUsers.COORDINATOR, "/mentorer/ny")).contains("needAreas");
        assertThat(html(TestUsers.COORDINATOR, "/mentorer/" + karim + "/rediger")).contains("Karim");
    }

    private int count(String action, long subjectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Integer.class,
                action, String.valueOf(subjectId));
    }
}
