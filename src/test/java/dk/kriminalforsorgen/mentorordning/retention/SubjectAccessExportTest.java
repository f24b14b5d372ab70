package dk.kriminalforsorgen.mentorordning.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.retention.PersonData.Case;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** DP5: the directorate's export of everything about one person: complete, nothing about anyone else, audited. */
class SubjectAccessExportTest extends IntegrationTestBase {

    private static final LocalDate ENDED = LocalDate.of(2024, 6, 30);

    @Autowired
    CprProtector cprs;

    PersonData data;
    Case subject;
    Case other;

    @BeforeEach
    void setUp() {
        data = new PersonData(jdbc, cprs);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        subject = data.endedCase("Frida", "Indsigt" + suffix, ENDED);
        other = data.endedCase("Frede", "Anden" + suffix, ENDED);
    }

    @AfterEach
    void removeTheTestData() {
        data.removeAll();
    }

    @Test
    void DP5_aClientsExportHoldsEveryTableAboutThemAndNothingAboutAnyoneElse() throws Exception {
        String body = export("CLIENT", subject.client().id(), "J.nr. 2026-17");
        JsonNode tables = JsonMapper.builder().build().readTree(body).path("tables");

        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> table : data.clientTables().entrySet()) {
            if (PersonData.CLIENT_REFERENCE_ONLY.contains(table.getKey())) {
                continue; // the mentor the client proposed is the mentor's record
            }
            int stored = data.count(table.getValue(), subject.client().id());
            if (tables.path(table.getKey()).size() != stored || stored == 0) {
                missing.add(table.getKey() + " (stored " + stored + ", exported " + tables.path(table.getKey()).size() + ")");
            }
        }
        assertThat(missing).as("tables not exported in full").isEmpty();
        assertThat(body).contains(subject.client().cpr(), subject.client().lastName(), "Underretning om " + subject.client().name())
                .doesNotContain("cpr_hash", "cpr_encrypted");
        assertThat(body).as("nothing about the other client or about the mentor")
                .doesNotContain(other.client().lastName(), other.client().cpr(), subject.mentor().lastName(),
                        subject.mentor().cpr(), other.mentor().lastName());
        assertThat(audited("CLIENT", subject.client().id())).containsExactly("J.nr. 2026-17");
    }

    @Test
    void DP5_aMentorsExportHoldsEveryTableAboutThemAndNothingAboutTheirClients() throws Exception {
        String body = export("MENTOR", subject.mentor().id(), "J.nr. 2026-18");
        JsonNode tables = JsonMapper.builder().build().readTree(body).path("tables");

        List<String> mentorTables = jdbc.queryForList("""
                select distinct c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name like '%mentor_id'
                order by 1""", String.class);
        // mentor_workload only caches the sum of agreed hours of the mentor's courses and commitments (V701), and
        // mentor_matching_facts the need areas, languages, introduction course and appointments (V750), which the
        // export holds row by row; they are no information of their own about the person.
        mentorTables = mentorTables.stream()
                .filter(table -> !table.equals("mentor_workload") && !table.equals("mentor_matching_facts")).toList();
        assertThat(mentorTables).contains("mentor_course", "mentor_language", "approval_case");
        assertThat(mentorTables).allSatisfy(table -> assertThat(tables.path(table).size()).as(table).isPositive());
        assertThat(tables.path("mentor").size()).isOne();
        assertThat(body).contains(subject.mentor().cpr(), subject.mentor().lastName(), "Godkendt: " + subject.mentor().name())
                .doesNotContain("cpr_hash", "cpr_encrypted");
        assertThat(body).as("nothing about the mentor's client or the other mentor")
                .doesNotContain(subject.client().lastName(), subject.client().cpr(), "\"client_id\"",
                        other.client().lastName(), other.mentor().lastName(), other.mentor().cpr());
        assertThat(audited("MENTOR", subject.mentor().id())).containsExactly("J.nr. 2026-18");
    }

    @Test
    void DP5_onlyTheDirectorateMayExport() throws Exception {
        mvc.perform(get("/admin/indsigt").session(sessions.of(TestUsers.DIRECTORATE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"subject-access-form\"")));
        for (String user : List.of(TestUsers.CASEWORKER, TestUsers.COORDINATOR)) {
            mvc.perform(post("/admin/indsigt").session(sessions.of(user)).with(csrf())
                            .param("subjectType", "CLIENT").param("subjectId", String.valueOf(subject.client().id()))
                            .param("purpose", "nysgerrighed"))
                    .andExpect(status().isForbidden());
        }
        assertThat(audited("CLIENT", subject.client().id())).isEmpty();
    }

    @Test
    void DP5_anUnknownIdOrAMissingPurposeShowsTheFormAgain() throws Exception {
        MockHttpSession directorate = sessions.of(TestUsers.DIRECTORATE);
        mvc.perform(post("/admin/indsigt").session(directorate).with(csrf())
                        .param("subjectType", "CLIENT").param("subjectId", "987654321").param("purpose", "J.nr. 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Der findes ingen med det id.")));
        mvc.perform(post("/admin/indsigt").session(directorate).with(csrf())
                        .param("subjectType", "CLIENT").param("subjectId", String.valueOf(subject.client().id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv formålet.")));
        assertThat(audited("CLIENT", subject.client().id())).isEmpty();
    }

    private String export(String type, long id, String purpose) throws Exception {
        return mvc.perform(post("/admin/indsigt").session(sessions.of(TestUsers.DIRECTORATE)).with(csrf())
                        .param("subjectType", type).param("subjectId", String.valueOf(id)).param("purpose", purpose))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("indsigt-" + type.toLowerCase() + "-" + id + ".json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> audited(String type, long id) {
        return jdbc.queryForList("select purpose from audit_event where action = ? and subject_type = ? and subject_id = ?",
                String.class, SubjectAccessExport.EXPORTED, type, String.valueOf(id));
    }
}
