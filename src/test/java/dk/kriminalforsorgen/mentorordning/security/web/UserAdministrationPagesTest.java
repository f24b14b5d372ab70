package dk.kriminalforsorgen.mentorordning.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static dk.kriminalforsorgen.mentorordning.support.PageContent.refusedFormWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.PageContent;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** The directorate's user administration at /admin/brugere, through HTTP on the real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdministrationPagesTest extends IntegrationTestBase {

    static final String GOOD_PASSWORD = "tre grønne æbler på en gren";
    static final Pattern LINK = Pattern.compile("data-testid=\"invitation-link\">[^<]*(/invitation/[A-Za-z0-9_-]{43})<");
    static final long HOVEDSTADEN = 1;
    static final long SYDDANMARK = 3;
    static final long BISPEBJERG = 101;
    static final long KIF_KOEBENHAVN_NORD = 104;
    static final long KIF_ODENSE = 304;

    @Autowired
    UserAdministration users;

    MockHttpSession directorate;

    @BeforeAll
    void logInDirectorate() {
        directorate = sessions.fresh(TestUsers.DIRECTORATE);
    }

    // --- access ---

    @Test
    void AZ1_caseworkerCoordinatorAndMentorGet403OnAdminPagesAndChangeNothing() throws Exception {
        AppUser target = caseworker();
        for (String name : new String[] {TestUsers.CASEWORKER, TestUsers.COORDINATOR, TestUsers.MENTOR}) {
            MockHttpSession session = sessions.fresh(name);
            for (String path : new String[] {"/admin/brugere", "/admin/brugere/ny", "/admin/brugere/" + target.getId(),
                    "/admin/brugere/" + target.getId() + "/adgangskode", "/admin/revision"}) {
                mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/brugere/" + target.getId() + "/deaktiver").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/brugere/ny").session(session).with(csrf())
                            .param("username", "ikke." + suffix()).param("displayName", "Ikke Oprettet")
                            .param("role", "DIRECTORATE").param("password", GOOD_PASSWORD))
                    .andExpect(status().isForbidden());
        }
        assertThat(row(target.getId()).get("enabled")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select count(*) from app_user where display_name = 'Ikke Oprettet'",
                Integer.class)).isZero();
    }

    @Test
    void AZ1_directorateReachesUserAdministrationAndAnonymousGoesToLogin() throws Exception {
        mvc.perform(get("/admin/brugere").session(directorate))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Brugere</h1>")));
        mvc.perform(get("/admin/brugere/ny").session(directorate)).andExpect(status().isOk());
        mvc.perform(get("/admin/brugere")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void WS1_postWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        AppUser target = caseworker();
        mvc.perform(post("/admin/brugere/" + target.getId() + "/deaktiver").session(directorate))
                .andExpect(status().isForbidden());
        assertThat(row(target.getId()).get("enabled")).isEqualTo(true);
    }

    @Test
    void unknownOrNonNumericUserIdAnswers404() throws Exception {
        mvc.perform(get("/admin/brugere/99999999").session(directorate)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/brugere/abc").session(directorate)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/brugere/99999999/deaktiver").session(directorate).with(csrf()))
                .andExpect(status().isNotFound());
    }

    // --- list and search ---

    @Test
    void searchFiltersByTextRoleAndArea() throws Exception {
        mvc.perform(get("/admin/brugere").session(directorate)
                        .param("text", "sagsbehandler").param("role", "CASEWORKER").param("areaId", String.valueOf(SYDDANMARK)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Søren Kjær")))
                .andExpect(content().string(not(containsString("Tina Holm"))));
        mvc.perform(get("/admin/brugere").session(directorate).param("role", "COORDINATOR"))
                .andExpect(content().string(containsString("Berit Lund")))
                .andExpect(content().string(not(containsString("Tina Holm"))));
        mvc.perform(get("/admin/brugere").session(directorate).param("text", "ingen-findes-" + suffix()))
                .andExpect(content().string(containsString("data-testid=\"empty\"")));
    }

    @Test
    void searchWithTamperedFiltersDoesNotFail() throws Exception {
        mvc.perform(get("/admin/brugere").session(directorate)
                        .param("role", "KONGE").param("areaId", "x").param("side", "-3").param("text", "%_\\"))
                .andExpect(status().isOk());
    }

    // --- create ---

    @Test
    void AU1_theCreatedUserHasNoPasswordAnyoneTypedAndChoosesTheirOwnWithTheLinkShownOnce() throws Exception {
        String username = "ny." + suffix();
        String page = mvc.perform(newUser(username, "Nanna Nybegynder", "CASEWORKER", HOVEDSTADEN, BISPEBJERG)
                        .param("certifiedAssessor", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brugeren " + username + " er oprettet uden adgangskode.")))
                .andExpect(content().string(containsString("Linket vises kun denne ene gang.")))
                .andReturn().getResponse().getContentAsString();
        long id = idOf(username);
        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("role", "CASEWORKER").containsEntry("area_id", HOVEDSTADEN)
                .containsEntry("unit_id", BISPEBJERG).containsEntry("certified_assessor", true)
                .containsEntry("enabled", true);
        // an ordinary hash, of a secret nobody knows: no password typed by anyone signs in
        assertThat((String) row.get("password_hash")).startsWith("{pbkdf2");
        assertThat(canLogIn(username, GOOD_PASSWORD)).isFalse();
        assertThat(audits("USER_CREATED", id)).isEqualTo(1);
        assertThat(audits("USER_INVITED", id)).isEqualTo(1);

        String link = link(page);
        // the page with the link is rendered by the POST; the user's page does not show it again
        assertThat(mvc.perform(get("/admin/brugere/" + id).session(directorate)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(link);
        mvc.perform(post(link).with(csrf()).param("newPassword", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/login?konto-klar"));
        assertThat(canLogIn(username, GOOD_PASSWORD)).isTrue();
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(410);
    }

    @Test
    void AS1_theInvitationAcceptsAPasswordOfExactly15CharactersAndRefusesShorterAndCommonOnes() throws Exception {
        String username = "femten." + suffix();
        String link = link(mvc.perform(newUser(username, "Femten Tegn", "DIRECTORATE", null, null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(post(link).with(csrf()).param("newPassword", "abcdefghij-klm"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adgangskoden skal være mindst 15 tegn")))
                .andExpect(content().string(not(containsString("abcdefghij-klm"))));
        mvc.perform(post(link).with(csrf()).param("newPassword", "QWERTYUIOPASDFGHJKL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adgangskoden er kendt fra lækager af adgangskoder eller er for almindelig")));
        assertThat(canLogIn(username, "QWERTYUIOPASDFGHJKL")).isFalse();
        mvc.perform(post(link).with(csrf()).param("newPassword", "abcdefghij-klmn"))
                .andExpect(redirectedUrl("/login?konto-klar"));
        assertThat(canLogIn(username, "abcdefghij-klmn")).isTrue();
    }

    @Test
    void IN1_invalidUserFormKeepsInputAndChangesNothing() throws Exception {
        int usersBefore = count("select count(*) from app_user");
        int auditsBefore = count("select count(*) from audit_event where action = 'USER_CREATED'");
        String name = "Test <b>Fejl</b> " + suffix();
        String page = mvc.perform(newUser("x", name, "CASEWORKER", HOVEDSTADEN, KIF_ODENSE)
                        .param("certifiedAssessor", "true").param("email", "ikke en adresse"))
                .andExpect(refusedFormWith(
                        // every wrong field at once, each linked from the summary and marked aria-invalid
                        "href=\"#username\"", "href=\"#unitId\"", "href=\"#email\"",
                        "Enheden ligger ikke i det valgte område",
                        // the input is kept (escaped); the form has no password field (issue 14)
                        "value=\"x\"", "value=\"" + name.replace("<", "&lt;").replace(">", "&gt;") + "\"",
                        "<option value=\"" + KIF_ODENSE + "\" selected=\"selected\"", "checked=\"checked\""))
                .andExpect(PageContent.lacks("type=\"password\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<input[^>]*id=\"username\"[^>]*aria-invalid=\"true\"")
                .containsPattern("<select[^>]*id=\"unitId\"[^>]*aria-invalid=\"true\"")
                .containsPattern("<input[^>]*id=\"email\"[^>]*aria-invalid=\"true\"")
                .containsPattern("<input[^>]*id=\"displayName\"(?![^>]*aria-invalid)[^>]*>");
        assertThat(count("select count(*) from app_user")).isEqualTo(usersBefore);
        assertThat(count("select count(*) from audit_event where action = 'USER_CREATED'")).isEqualTo(auditsBefore);
    }

    @Test
    void IN1_missingRoleAreaAndUnitAreReported() throws Exception {
        mvc.perform(newUser("mangler." + suffix(), "", "", null, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv brugerens navn.")))
                .andExpect(content().string(containsString("Vælg en rolle.")));
        mvc.perform(newUser("mangler." + suffix(), "Uden Område", "COORDINATOR", null, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sagsbehandlere og mentortovholdere skal høre til et område.")));
        mvc.perform(newUser("mangler." + suffix(), "Uden Enhed", "COORDINATOR", HOVEDSTADEN, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sagsbehandlere og mentortovholdere skal høre til en enhed.")));
    }

    @Test
    void usernameAlreadyInUseIsRefusedRegardlessOfCase() throws Exception {
        int before = count("select count(*) from app_user");
        // A test user of this context (the demo user "sagsbehandler" exists only after a demo-data context ran).
        mvc.perform(newUser(TestUsers.CASEWORKER.toUpperCase(java.util.Locale.ROOT), "Dublet", "DIRECTORATE", null, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brugernavnet er allerede i brug")));
        assertThat(count("select count(*) from app_user")).isEqualTo(before);
    }

    @Test
    void certifiedAssessorOnlyForAreaRoles() throws Exception {
        String username = "direktoer." + suffix();
        mvc.perform(newUser(username, "National Udreder", "DIRECTORATE", null, null)
                        .param("certifiedAssessor", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kun sagsbehandlere og mentortovholdere kan være certificeret")));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void AZ4_extraFieldsOnTheCreateFormChangeNothing() throws Exception {
        String username = "ekstra." + suffix();
        mvc.perform(newUser(username, "Ekstra Felter", "CASEWORKER", HOVEDSTADEN, BISPEBJERG)
                        .param("id", "987654321").param("version", "42").param("enabled", "false")
                        .param("passwordHash", "{noop}x").param("createdAt", "2000-01-01T00:00:00Z")
                        .param("password", GOOD_PASSWORD))
                .andExpect(status().isOk());
        long id = idOf(username);
        Map<String, Object> row = row(id);
        assertThat(id).isNotEqualTo(987654321L);
        assertThat(row).containsEntry("enabled", true).containsEntry("version", 0L);
        assertThat((String) row.get("password_hash")).startsWith("{pbkdf2");
        // issue 14: a posted password is not bound; the directorate cannot choose one
        assertThat(canLogIn(username, GOOD_PASSWORD)).isFalse();
    }

    // --- edit ---

    @Test
    void AU1_userChangesAreSavedAndAudited() throws Exception {
        AppUser user = caseworker();
        mvc.perform(edit(user.getId(), user.getVersion(), "Nyt Navn", "COORDINATOR", SYDDANMARK, KIF_ODENSE, false))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/brugere/" + user.getId()))
                .andExpect(flash().attribute("flashSuccess", "user.saved"));
        assertThat(row(user.getId())).containsEntry("display_name", "Nyt Navn").containsEntry("role", "COORDINATOR")
                .containsEntry("area_id", SYDDANMARK).containsEntry("unit_id", KIF_ODENSE)
                .containsEntry("certified_assessor", false);
        String details = jdbc.queryForObject("""
                select details from audit_event where action = 'USER_CHANGED' and subject_type = 'USER'
                and subject_id = ? and username = ?""", String.class, String.valueOf(user.getId()), TestUsers.DIRECTORATE);
        assertThat(details).contains("før: rolle=CASEWORKER").contains("efter: rolle=COORDINATOR");
    }

    @Test
    void editPageShowsTheUserWithItsVersionAndUnitsGroupedByArea() throws Exception {
        AppUser user = caseworker();
        mvc.perform(get("/admin/brugere/" + user.getId()).session(directorate))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + user.getVersion() + "\"")))
                .andExpect(content().string(containsString("<optgroup label=\"Syddanmark\">")))
                .andExpect(content().string(containsString("<option value=\"" + KIF_KOEBENHAVN_NORD + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("data-testid=\"disable\"")));
    }

    @Test
    void IN1_invalidEditKeepsInputAndChangesNothing() throws Exception {
        AppUser user = caseworker();
        mvc.perform(edit(user.getId(), user.getVersion(), "Forkert Enhed", "CASEWORKER", HOVEDSTADEN, KIF_ODENSE, true))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enheden ligger ikke i det valgte område")))
                .andExpect(content().string(containsString("value=\"Forkert Enhed\"")));
        assertThat(row(user.getId())).containsEntry("display_name", user.getDisplayName())
                .containsEntry("unit_id", KIF_KOEBENHAVN_NORD).containsEntry("version", user.getVersion());
    }

    @Test
    void CI1_staleUserEditKeepsInputAndShowsConflict() throws Exception {
        AppUser user = caseworker();
        AppUser changedByOther = renamedByAnother(user, "Ændret Af En Anden");
        mvc.perform(edit(user.getId(), user.getVersion(), "Mit Navn", "CASEWORKER", HOVEDSTADEN, BISPEBJERG, false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har gemt ændringer i de samme oplysninger")))
                .andExpect(content().string(containsString("value=\"Mit Navn\"")))
                .andExpect(content().string(containsString("<option value=\"" + BISPEBJERG + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("data-testid=\"saved-values\"")))
                // the form now carries the saved version, so saving again on purpose overwrites
                .andExpect(content().string(containsString("name=\"version\" value=\"" + changedByOther.getVersion() + "\"")));
        assertThat(row(user.getId())).containsEntry("display_name", "Ændret Af En Anden")
                .containsEntry("unit_id", KIF_KOEBENHAVN_NORD);
    }

    @Test
    void CI1_saveWithTheCurrentVersionSucceedsAfterAConflict() throws Exception {
        AppUser user = caseworker();
        long saved = renamedByAnother(user, "Ændret Igen").getVersion();
        mvc.perform(edit(user.getId(), saved, "Mit Navn", "CASEWORKER", HOVEDSTADEN, BISPEBJERG, false))
                .andExpect(status().isFound());
        assertThat(row(user.getId())).containsEntry("display_name", "Mit Navn").containsEntry("unit_id", BISPEBJERG);
    }

    @Test
    void CI1_editWithoutVersionIsTreatedAsStale() throws Exception {
        AppUser user = caseworker();
        mvc.perform(post("/admin/brugere/" + user.getId()).session(directorate).with(csrf())
                        .param("displayName", "Uden Version").param("role", "CASEWORKER")
                        .param("areaId", String.valueOf(HOVEDSTADEN)).param("unitId", String.valueOf(BISPEBJERG)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har gemt ændringer")));
        assertThat(row(user.getId())).containsEntry("display_name", user.getDisplayName());
    }

    @Test
    void AZ4_extraFormFieldsChangeNothing() throws Exception {
        AppUser user = caseworker();
        String hashBefore = (String) row(user.getId()).get("password_hash");
        mvc.perform(edit(user.getId(), user.getVersion(), "Kun Navnet", "CASEWORKER", HOVEDSTADEN, KIF_KOEBENHAVN_NORD, true)
                        .param("id", "1").param("username", "overtaget." + suffix()).param("enabled", "false")
                        .param("passwordHash", "{noop}x").param("password", GOOD_PASSWORD)
                        .param("createdAt", "2000-01-01T00:00:00Z"))
                .andExpect(status().isFound());
        Map<String, Object> row = row(user.getId());
        assertThat(row).containsEntry("display_name", "Kun Navnet").containsEntry("username", user.getUsername())
                .containsEntry("enabled", true).containsEntry("password_hash", hashBefore);
        assertThat(row(1L).get("display_name")).isNotEqualTo("Kun Navnet");
    }

    // --- sessions, disable and enable, password reset ---

    @Test
    void AS7_disablingAUserEndsTheirLiveSession() throws Exception {
        AppUser user = caseworker();
        MockHttpSession session = sessions.fresh(user.getUsername(), GOOD_PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/brugere/" + user.getId() + "/deaktiver").session(directorate).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/brugere/" + user.getId()))
                .andExpect(flash().attribute("flashSuccess", "user.disabled"));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?udloebet"));
        assertThat(row(user.getId())).containsEntry("enabled", false);
        assertThat(canLogIn(user.getUsername(), GOOD_PASSWORD)).isFalse();
        assertThat(audits("USER_DISABLED", user.getId())).isEqualTo(1);
    }

    @Test
    void AS7_enablingAUserLetsThemLogInAgain() throws Exception {
        AppUser user = caseworker();
        users.setEnabled(user.getId(), false);
        mvc.perform(get("/admin/brugere/" + user.getId()).session(directorate))
                .andExpect(content().string(containsString("data-testid=\"enable\"")));
        mvc.perform(post("/admin/brugere/" + user.getId() + "/aktiver").session(directorate).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashSuccess", "user.enabled"));
        assertThat(canLogIn(user.getUsername(), GOOD_PASSWORD)).isTrue();
        assertThat(audits("USER_ENABLED", user.getId())).isEqualTo(1);
    }

    @Test
    void AS7_movingAUserToAnotherAreaEndsTheirLiveSession() throws Exception {
        AppUser user = caseworker();
        MockHttpSession session = sessions.fresh(user.getUsername(), GOOD_PASSWORD);
        mvc.perform(edit(user.getId(), user.getVersion(), user.getDisplayName(), "CASEWORKER", SYDDANMARK, KIF_ODENSE, true))
                .andExpect(status().isFound());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?udloebet"));
    }

    @Test
    void AS7_renamingOnlyKeepsTheLiveSession() throws Exception {
        AppUser user = caseworker();
        MockHttpSession session = sessions.fresh(user.getUsername(), GOOD_PASSWORD);
        mvc.perform(edit(user.getId(), user.getVersion(), "Nyt Navn Samme Adgang", "CASEWORKER", HOVEDSTADEN,
                        KIF_KOEBENHAVN_NORD, true))
                .andExpect(status().isFound());
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void directorateCannotDisableItself() throws Exception {
        long self = idOf(TestUsers.DIRECTORATE);
        mvc.perform(get("/admin/brugere/" + self).session(directorate))
                .andExpect(content().string(not(containsString("data-testid=\"disable\""))));
        mvc.perform(post("/admin/brugere/" + self + "/deaktiver").session(directorate).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du kan ikke deaktivere din egen bruger.")));
        assertThat(row(self)).containsEntry("enabled", true);
        mvc.perform(get("/").session(directorate)).andExpect(status().isOk());
    }

    @Test
    void AS7_aPasswordResetIsANewInvitationTheOldPasswordAndLinkStopAtOnceAndTheAdministratorIsNamed() throws Exception {
        AppUser user = caseworker();
        MockHttpSession session = sessions.fresh(user.getUsername(), GOOD_PASSWORD);
        String firstLink = link(mvc.perform(post("/admin/brugere/" + user.getId() + "/invitation").session(directorate)
                .with(csrf())).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/admin/brugere/" + user.getId() + "/adgangskode").session(directorate))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("type=\"password\""))))
                .andExpect(content().string(containsString("holder op med at virke med det samme")));
        String page = mvc.perform(post("/admin/brugere/" + user.getId() + "/adgangskode").session(directorate).with(csrf())
                        .param("newPassword", "en adgangskode som direktoratet vælger"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adgangskoden for " + user.getUsername() + " er nulstillet")))
                .andReturn().getResponse().getContentAsString();
        String newLink = link(page);
        assertThat(newLink).isNotEqualTo(firstLink);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?udloebet"));
        assertThat(canLogIn(user.getUsername(), GOOD_PASSWORD)).isFalse();
        assertThat(canLogIn(user.getUsername(), "en adgangskode som direktoratet vælger")).isFalse();
        assertThat(mvc.perform(get(firstLink)).andReturn().getResponse().getStatus()).isEqualTo(410);

        String chosen = "brugerens egen nye adgangssætning";
        mvc.perform(post(newLink).with(csrf()).param("newPassword", chosen)).andExpect(redirectedUrl("/login?konto-klar"));
        assertThat(canLogIn(user.getUsername(), chosen)).isTrue();
        assertThat(audits("USER_PASSWORD_RESET", user.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select username from audit_event where action = 'USER_PASSWORD_RESET' "
                + "and subject_id = ?", String.class, String.valueOf(user.getId()))).isEqualTo(TestUsers.DIRECTORATE);
    }

    // --- helpers ---

    private AppUser caseworker() {
        return users.create("test." + suffix(), GOOD_PASSWORD,
                new Assignment("Test Sagsbehandler", Role.CASEWORKER, HOVEDSTADEN, KIF_KOEBENHAVN_NORD, true));
    }

    /** The user as another administrator saved them meanwhile: renamed, the rest of the assignment as it was. */
    private AppUser renamedByAnother(AppUser user, String displayName) {
        return users.change(user.getId(), user.getVersion(),
                new Assignment(displayName, Role.CASEWORKER, HOVEDSTADEN, KIF_KOEBENHAVN_NORD, true));
    }

    private MockHttpServletRequestBuilder newUser(String username, String displayName, String role, Long areaId,
                                                  Long unitId) {
        MockHttpServletRequestBuilder request = post("/admin/brugere/ny").session(directorate).with(csrf())
                .param("username", username).param("displayName", displayName).param("role", role)
                .param("_certifiedAssessor", "on");
        request.param("areaId", areaId == null ? "" : String.valueOf(areaId));
        request.param("unitId", unitId == null ? "" : String.valueOf(unitId));
        return request;
    }

    private MockHttpServletRequestBuilder edit(long id, long version, String displayName, String role, Long areaId,
                                               Long unitId, boolean certified) {
        MockHttpServletRequestBuilder request = post("/admin/brugere/" + id).session(directorate).with(csrf())
                .param("version", String.valueOf(version)).param("displayName", displayName).param("role", role)
                .param("areaId", String.valueOf(areaId)).param("unitId", String.valueOf(unitId))
                .param("_certifiedAssessor", "on");
        if (certified) {
            request.param("certifiedAssessor", "true");
        }
        return request;
    }

    /** Whether a log-in succeeds: the real log-in form redirects to the start page. */
    private boolean canLogIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
        return "/".equals(result.getResponse().getRedirectedUrl());
    }

    /** The one-time link shown once on the invitation page. */
    private static String link(String page) {
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the page shows the invitation link").isTrue();
        return link.group(1);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from app_user where id = ?", id);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where lower(username) = lower(?)", Long.class, username);
    }

    private boolean exists(String username) {
        return count("select count(*) from app_user where lower(username) = lower('" + username.replace("'", "") + "')") > 0;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private int audits(String action, long subjectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_type = 'USER' "
                + "and subject_id = ?", Integer.class, action, String.valueOf(subjectId));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
