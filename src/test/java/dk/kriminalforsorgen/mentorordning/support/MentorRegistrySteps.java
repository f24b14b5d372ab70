package dk.kriminalforsorgen.mentorordning.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Steps of the registry done over HTTP as a signed-in coordinator, for integration and browser tests:
 * each test makes its own mentors with unique names, so tests do not depend on each other.
 */
public final class MentorRegistrySteps {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    public MentorRegistrySteps(MockMvc mvc, JdbcTemplate jdbc) {
        this(mvc, jdbc, java.time.Clock.systemDefaultZone());
    }

    /** Dates of the steps relative to the application's (test) clock. */
    public MentorRegistrySteps(MockMvc mvc, JdbcTemplate jdbc, java.time.Clock clock) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String uniqueLastName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The registry's form for a new mentor, with the name and birth date; add further fields as parameters. */
    public static MockHttpServletRequestBuilder newMentor(MockHttpSession coordinator, String firstName, String lastName,
            String birthDate) {
        return post("/mentorer/ny").session(coordinator).with(csrf())
                .param("firstName", firstName).param("lastName", lastName).param("birthDate", birthDate);
    }

    /** The id of the mentor a form saved, from where it redirected ({@code /mentorer/{id}}). */
    public static long savedMentorId(String location) {
        return Long.parseLong(location.substring("/mentorer/".length()));
    }

    /** A new applicant in the coordinator's area; returns the mentor id. */
    public long applicant(MockHttpSession coordinator, String firstName, String lastName) throws Exception {
        MvcResult result = mvc.perform(newMentor(coordinator, firstName, lastName, "1980-05-01").param("speaksDanish", "true")
                        .param("postalCode", "2200").param("city", "København N")
                        .param("cooperationDeclaredOn", LocalDate.now(clock).minusDays(1).toString())
                        .param("documentationDeclaredOn", LocalDate.now(clock).minusDays(1).toString())
                        .param("confidentialitySignedOn", LocalDate.now(clock).minusDays(1).toString())
                        .param("hoursPerWeek", "10").param("needAreas", "EDUCATION_EMPLOYMENT")
                        .param("taskGroups", "PRACTICAL"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.matches("/mentorer/\\d+")) {
            throw new IllegalStateException("mentor not created: " + result.getResponse().getStatus());
        }
        return savedMentorId(location);
    }

    public long version(long mentorId) {
        return jdbc.queryForObject("select version from mentor where id = ?", Long.class, mentorId);
    }

    public void consent(MockHttpSession coordinator, long mentorId) throws Exception {
        mvc.perform(post("/mentorer/{id}/samtykke", mentorId).session(coordinator).with(csrf())
                .param("consentGivenOn", LocalDate.now(clock).minusDays(3).toString())
                .param("version", String.valueOf(version(mentorId))));
    }

    public void check(MockHttpSession coordinator, long mentorId, String result, String notes) throws Exception {
        mvc.perform(post("/mentorer/{id}/vandel", mentorId).session(coordinator).with(csrf())
                .param("checkedOn", LocalDate.now(clock).minusDays(1).toString()).param("result", result)
                .param("notes", notes).param("version", String.valueOf(version(mentorId))));
    }

    /** A candidate in VETTING whose record check shows a registration (ready to be flagged, M8). */
    public long registeredCandidate(MockHttpSession coordinator, String firstName, String lastName, String notes)
            throws Exception {
        long id = applicant(coordinator, firstName, lastName);
        consent(coordinator, id);
        check(coordinator, id, "REGISTERED", notes);
        return id;
    }

    public void flag(MockHttpSession coordinator, long mentorId, String justification) throws Exception {
        mvc.perform(post("/mentorer/{id}/indstil", mentorId).session(coordinator).with(csrf())
                .param("justification", justification).param("version", String.valueOf(version(mentorId))));
    }

    public String status(long mentorId) {
        return jdbc.queryForObject("select status from mentor where id = ?", String.class, mentorId);
    }

    public long openCase(long mentorId) {
        return jdbc.queryForObject("select id from approval_case where mentor_id = ? and decision is null", Long.class,
                mentorId);
    }
}
