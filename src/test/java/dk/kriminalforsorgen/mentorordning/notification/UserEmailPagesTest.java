package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** Issue 11: the directorate sets a user's e-mail address on the user form; a malformed one is refused at the field. */
class UserEmailPagesTest extends IntegrationTestBase {

    @Autowired
    UserAdministration administration;

    private String email(long id) {
        return jdbc.queryForObject("select email from app_user where id = ?", String.class, id);
    }

    @Test
    void theDirectorateSetsAndClearsAnEmailAndAMalformedOneIsRefused() throws Exception {
        AppUser user = administration.create("t.mail." + UUID.randomUUID().toString().substring(0, 8), TestUsers.PASSWORD,
                new UserAdministration.Assignment("Mia Post", Role.CASEWORKER, TestUsers.HOVEDSTADEN,
                        TestUsers.BISPEBJERG, false));
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);

        String page = mvc.perform(post("/admin/brugere/" + user.getId()).session(directorate).with(csrf())
                        .param("displayName", "Mia Post").param("role", "CASEWORKER")
                        .param("areaId", String.valueOf(TestUsers.HOVEDSTADEN))
                        .param("unitId", String.valueOf(TestUsers.BISPEBJERG)).param("version", "0")
                        .param("email", "ikke-en-adresse"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Skriv en gyldig e-mailadresse").contains("value=\"ikke-en-adresse\"");
        assertThat(email(user.getId())).isNull();

        mvc.perform(post("/admin/brugere/" + user.getId()).session(directorate).with(csrf())
                        .param("displayName", "Mia Post").param("role", "CASEWORKER")
                        .param("areaId", String.valueOf(TestUsers.HOVEDSTADEN))
                        .param("unitId", String.valueOf(TestUsers.BISPEBJERG)).param("version", "0")
                        .param("email", " mia.post@example.dk "))
                .andExpect(status().is3xxRedirection());
        assertThat(email(user.getId())).isEqualTo("mia.post@example.dk");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'USER_EMAIL_CHANGED' and subject_id = ?",
                Long.class, String.valueOf(user.getId()))).isEqualTo(1);
    }
}
