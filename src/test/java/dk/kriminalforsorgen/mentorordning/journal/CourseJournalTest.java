package dk.kriminalforsorgen.mentorordning.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static dk.kriminalforsorgen.mentorordning.support.OnceTokens.onceToken;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportsTestBase;
import dk.kriminalforsorgen.mentorordning.support.EventPublications;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 17 item 3, the course journal: staff-only entries never reach the mentor (not even in the page source), the
 * mentor reaches only their own active course, a correction keeps the original, the runtime role cannot change or
 * remove an entry, the mentor's help request and wish to end reach the responsible person (C7, C12) and nobody else,
 * another area gets 404 (AZ2), and every entry is audited. Each test makes its own course ({@link Reports}).
 */
class CourseJournalTest extends ReportsTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
    }

    private MockHttpSession login(String user) {
        return sessions.fresh(user, Reports.PASSWORD);
    }

    private static MockHttpServletRequestBuilder entry(long courseId, String kind, LocalDate on, String text, String visibility) {
        return post("/forloeb/{id}/journal", courseId).with(csrf()).param("kind", kind)
                .param("occurredOn", on == null ? "" : on.toString()).param("text", text).param("visibility", visibility);
    }

    private long write(Reports.Course course, String kind, String text, String visibility) throws Exception {
        mvc.perform(entry(course.id(), kind, TODAY.minusDays(1), text, visibility).session(login(course.responsibleUser())))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from journal_entry where course_id = ? and text = ?", Long.class,
                course.id(), text);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The form shown again (200) after a refused post, its character references resolved. */
    private String shownAgain(MockHttpServletRequestBuilder post) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The refused entry's kind (a phone call) and visibility (shared with the mentor) are kept; nothing is saved. */
    private void assertKeptAPhoneCallSharedWithTheMentorAndSavedNothing(String html, Reports.Course course) {
        assertThat(html).containsPattern("<option value=\"PHONE_CALL\" selected=\"selected\"")
                .containsPattern("<option value=\"MENTOR\" selected=\"selected\"");
        assertThat(entries(course.id())).isZero();
    }

    private long entries(long courseId) {
        return jdbc.queryForObject("select count(*) from journal_entry where course_id = ?", Long.class, courseId);
    }

    private long audited(String action, long entryId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_type = 'JOURNAL_ENTRY' "
                + "and subject_id = ?", Long.class, action, String.valueOf(entryId));
    }

    @Test
    void aStaffOnlyEntryNeverReachesTheMentorsPagesWhileAMentorVisibleOneDoes() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long hidden = write(course, "CONTACT_MUNICIPALITY", "INTERNT-jobcenter-vurdering", "STAFF");
        long shared = write(course, "PHONE_CALL", "DELT-ringede-til-mentoren", "MENTOR");
        assertThat(audited("JOURNAL_ENTRY_WRITTEN", hidden)).isOne();
        assertThat(audited("JOURNAL_ENTRY_WRITTEN", shared)).isOne();

        MockHttpSession mentor = login(course.mentorUser());
        for (String path : List.of("/mine-forloeb/" + course.id(), "/mine-forloeb/" + course.id() + "/journal")) {
            String source = page(mentor, path);
            assertThat(source).as(path).contains("DELT-ringede-til-mentoren").doesNotContain("INTERNT")
                    .doesNotContain("notat-" + hidden).doesNotContain("jobcenter");
        }
        // staff see both, with their visibility, on the course page and the journal page
        MockHttpSession responsible = login(course.responsibleUser());
        assertThat(HtmlUtils.htmlUnescape(page(responsible, "/forloeb/" + course.id())))
                .contains("INTERNT-jobcenter-vurdering", "DELT-ringede-til-mentoren", "Kun medarbejdere", "Også mentoren");
        assertThat(page(responsible, "/forloeb/" + course.id() + "/journal")).contains("INTERNT-jobcenter-vurdering");
    }

    @Test
    void AZ2_anotherAreaGets404OnEveryJournalRouteAndNothingIsSaved() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long original = write(course, "VISIT", "Besøg hos klienten", "STAFF");
        for (String user : List.of(TestUsers.CASEWORKER_SOUTH, TestUsers.COORDINATOR_SOUTH)) {
            MockHttpSession south = sessions.fresh(user);
            mvc.perform(get("/forloeb/{id}/journal", course.id()).session(south)).andExpect(status().isNotFound());
            mvc.perform(entry(course.id(), "VISIT", TODAY, "Fremmed", "STAFF").session(south)).andExpect(status().isNotFound());
            mvc.perform(get("/forloeb/{id}/journal/{e}/ret", course.id(), original).session(south))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/forloeb/{id}/journal/{e}/ret", course.id(), original).with(csrf()).session(south)
                    .param("kind", "VISIT").param("occurredOn", TODAY.toString()).param("text", "Fremmed")
                    .param("visibility", "STAFF")).andExpect(status().isNotFound());
        }
        assertThat(entries(course.id())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_type = 'COURSE' "
                + "and subject_id = ?", Long.class, String.valueOf(course.id()))).isGreaterThanOrEqualTo(4);
        // the directorate reads, but does not write
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        assertThat(HtmlUtils.htmlUnescape(page(directorate, "/forloeb/" + course.id() + "/journal")))
                .contains("Besøg hos klienten").doesNotContain("data-testid=\"journal-form\"")
                .doesNotContain("Tilbage til forløbet"); // the course page is the area's
    }

    @Test
    void C7_onlyTheResponsiblePersonAndTheAreasCoordinatorWriteOtherCaseworkersRead() throws Exception {
        Reports.Course course = world.activeCourse(2);
        MockHttpSession colleague = login(world.newCaseworker());
        String read = HtmlUtils.htmlUnescape(page(colleague, "/forloeb/" + course.id() + "/journal"));
        assertThat(read).contains("Kun forløbets ansvarlige og områdets mentortovholdere").doesNotContain("data-testid=\"journal-form\"");
        String refused = shownAgain(entry(course.id(), "VISIT", TODAY, "Kollega", "STAFF").session(colleague));
        assertThat(refused).contains("§13 stk. 2: Kun forløbets ansvarlige");
        assertThat(entries(course.id())).isZero();

        mvc.perform(entry(course.id(), "CONTACT_CLIENT", TODAY, "Tovholderen talte med klienten", "STAFF")
                .session(sessions.fresh(TestUsers.COORDINATOR))).andExpect(status().is3xxRedirection());
        assertThat(entries(course.id())).isOne();
    }

    @Test
    void badInputIsShownInDanishNextToTheFieldsWithTheInputKept() throws Exception {
        Reports.Course course = world.activeCourse(2);
        String html = shownAgain(entry(course.id(), "PHONE_CALL", TODAY.plusDays(1), "  ", "MENTOR")
                .session(login(course.responsibleUser())));
        assertThat(html).contains("Datoen for kontakten kan ikke ligge efter i dag.", "Skriv notatet.",
                "id=\"occurredOn-error\"", "id=\"text-error\"", "value=\"" + TODAY.plusDays(1) + "\"");
        assertKeptAPhoneCallSharedWithTheMentorAndSavedNothing(html, course);
    }

    /** JournalForm is a record: a date that cannot be read must still come back with the rest of the input. */
    @Test
    void anUnreadableDateIsShownNextToItsFieldWithTheOtherInputKept() throws Exception {
        Reports.Course course = world.activeCourse(2);
        String html = shownAgain(post("/forloeb/{id}/journal", course.id()).with(csrf())
                .param("kind", "PHONE_CALL").param("occurredOn", "2026-13-45x").param("text", "Talte med mentoren")
                .param("visibility", "MENTOR").session(login(course.responsibleUser())));
        assertThat(html).contains("id=\"occurredOn-error\"", "value=\"2026-13-45x\"", "Talte med mentoren");
        assertKeptAPhoneCallSharedWithTheMentorAndSavedNothing(html, course);
    }

    @Test
    void CI3_aDoubleSubmitSavesOneEntry() throws Exception {
        Reports.Course course = world.activeCourse(2);
        MockHttpSession responsible = login(course.responsibleUser());
        String token = onceToken(page(responsible, "/forloeb/" + course.id() + "/journal"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(entry(course.id(), "VISIT", TODAY, "Én gang", "STAFF").param("_once", token)
                    .session(responsible)).andExpect(status().is3xxRedirection());
        }
        assertThat(entries(course.id())).isOne();
    }

    @Test
    void aCorrectionIsANewEntryAndTheOriginalStaysMarkedCorrected() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long original = write(course, "AGREEMENT", "Møde hver onsdag", "MENTOR");
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        assertThat(page(coordinator, "/forloeb/" + course.id() + "/journal/" + original + "/ret")).contains("Møde hver onsdag");

        mvc.perform(post("/forloeb/{id}/journal/{e}/ret", course.id(), original).with(csrf()).session(coordinator)
                .param("kind", "AGREEMENT").param("occurredOn", TODAY.minusDays(1).toString())
                .param("text", "Møde hver torsdag").param("visibility", "MENTOR")).andExpect(status().is3xxRedirection());

        Long correction = jdbc.queryForObject("select id from journal_entry where corrects_id = ?", Long.class, original);
        assertThat(jdbc.queryForObject("select text from journal_entry where id = ?", String.class, original))
                .isEqualTo("Møde hver onsdag");
        assertThat(audited("JOURNAL_ENTRY_CORRECTED", correction)).isOne();
        String staff = HtmlUtils.htmlUnescape(page(coordinator, "/forloeb/" + course.id() + "/journal"));
        assertThat(staff).contains("Møde hver onsdag", "Møde hver torsdag", "Rettet", "af Berit Lund");
        String mentor = HtmlUtils.htmlUnescape(page(login(course.mentorUser()), "/mine-forloeb/" + course.id() + "/journal"));
        assertThat(mentor).contains("Møde hver onsdag", "Møde hver torsdag", "Rettet");

        // the same entry cannot be corrected twice: the second is told and nothing is saved
        String again = shownAgain(post("/forloeb/{id}/journal/{e}/ret", course.id(), original)
                .with(csrf()).session(login(course.responsibleUser())).param("kind", "AGREEMENT")
                .param("occurredOn", TODAY.toString()).param("text", "Møde hver fredag").param("visibility", "MENTOR"));
        assertThat(again).contains("Notatet er allerede rettet");
        assertThat(entries(course.id())).isEqualTo(2);
    }

    @Test
    void aCorrectionToStaffOnlyWithdrawsTheEntryFromTheMentor() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long original = write(course, "CONTACT_CLIENT", "FEJLDELT-oplysning", "MENTOR");
        mvc.perform(post("/forloeb/{id}/journal/{e}/ret", course.id(), original).with(csrf())
                .session(login(course.responsibleUser())).param("kind", "CONTACT_CLIENT")
                .param("occurredOn", TODAY.toString()).param("text", "RETTET-intern").param("visibility", "STAFF"))
                .andExpect(status().is3xxRedirection());
        String mentor = page(login(course.mentorUser()), "/mine-forloeb/" + course.id() + "/journal");
        assertThat(mentor).doesNotContain("FEJLDELT").doesNotContain("RETTET-intern");
        assertThat(page(login(course.responsibleUser()), "/forloeb/" + course.id() + "/journal"))
                .contains("FEJLDELT-oplysning", "RETTET-intern");
    }

    @Test
    void aMentorVisibleCorrectionOfAStaffOnlyEntryDoesNotRevealTheOriginal() throws Exception {
        Reports.Course course = world.activeCourse(2);
        mvc.perform(entry(course.id(), "VISIT", TODAY.minusDays(5), "INTERN-original", "STAFF")
                .session(login(course.responsibleUser()))).andExpect(status().is3xxRedirection());
        long original = jdbc.queryForObject("select id from journal_entry where course_id = ?", Long.class, course.id());
        mvc.perform(post("/forloeb/{id}/journal/{e}/ret", course.id(), original).with(csrf())
                .session(login(course.responsibleUser())).param("kind", "VISIT")
                .param("occurredOn", TODAY.minusDays(4).toString()).param("text", "DELT-rettelse").param("visibility", "MENTOR"))
                .andExpect(status().is3xxRedirection());
        String mentor = HtmlUtils.htmlUnescape(page(login(course.mentorUser()), "/mine-forloeb/" + course.id() + "/journal"));
        assertThat(mentor).contains("DELT-rettelse").doesNotContain("INTERN-original").doesNotContain("Retter")
                .doesNotContain("notat-" + original);
    }

    @Test
    void theRuntimeRoleCannotUpdateOrDeleteAnEntry() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long id = write(course, "OTHER", "Står fast", "STAFF");
        assertThatThrownBy(() -> jdbc.update("update journal_entry set text = 'Ændret' where id = ?", id))
                .hasMessageContaining("journal_entry");
        assertThatThrownBy(() -> jdbc.update("delete from journal_entry where id = ?", id)).hasMessageContaining("journal_entry");
        assertThatThrownBy(() -> jdbc.execute("truncate journal_entry")).hasMessageContaining("journal_entry");
        // setting the purge flag does not help the runtime role: it is not the owner
        assertThatThrownBy(() -> jdbc.execute("set local mentorordning.journal_purge = 'on'; delete from journal_entry where id = " + id))
                .hasMessageContaining("journal_entry");
        assertThat(jdbc.queryForObject("select text from journal_entry where id = ?", String.class, id)).isEqualTo("Står fast");
    }

    @Test
    void DP4_theEntriesOfACourseThatNoLongerExistsArePurgedAndNoOthers() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long kept = write(course, "OTHER", "Bliver", "STAFF");
        // an entry of a course id that is not (any longer) in course_card, as after the retention purge
        long userId = world.userId(course.responsibleUser());
        jdbc.update("""
                insert into journal_entry (course_id, kind, occurred_on, text, visibility, author_user_id, author_name,
                                           author_role, written_at)
                values (-4711, 'OTHER', current_date, 'Forældreløs', 'STAFF', ?, 'Test', 'CASEWORKER', now())""", userId);
        assertThat(jdbc.queryForObject("select journal_purge_orphans()", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where course_id = -4711", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where id = ?", Long.class, kept)).isOne();
    }

    @Test
    void aMentorOfAnotherCourseCannotSeeOrWriteAndStaffCannotUseTheMentorsPages() throws Exception {
        Reports.Course course = world.activeCourse(2);
        Reports.Course other = world.otherCourse(course, 2);
        write(course, "PHONE_CALL", "Til den rigtige mentor", "MENTOR");
        MockHttpSession otherMentor = login(other.mentorUser());
        mvc.perform(get("/mine-forloeb/{id}/journal", course.id()).session(otherMentor)).andExpect(status().isNotFound());
        mvc.perform(post("/mine-forloeb/{id}/journal", course.id()).with(csrf()).session(otherMentor)
                .param("kind", "HELP_REQUEST").param("text", "Fremmed")).andExpect(status().isNotFound());
        assertThat(page(otherMentor, "/mine-forloeb/" + other.id())).doesNotContain("Til den rigtige mentor");
        // a mentor never reaches the staff's journal (AZ1)
        mvc.perform(get("/forloeb/{id}/journal", course.id()).session(login(course.mentorUser())))
                .andExpect(status().isForbidden());
        // an ended course is no longer the mentor's to write in
        world.endCourse(course, TODAY);
        mvc.perform(post("/mine-forloeb/{id}/journal", course.id()).with(csrf()).session(login(course.mentorUser()))
                .param("kind", "HELP_REQUEST").param("text", "Efter afslutningen")).andExpect(status().isNotFound());
        assertThat(entries(course.id())).isOne();
    }

    private long sendAsMentor(Reports.Course course, String kind, String text) throws Exception {
        String html = HtmlUtils.htmlUnescape(page(login(course.mentorUser()), "/mine-forloeb/" + course.id() + "/journal"));
        assertThat(html).contains("§8 stk. 2", "§19");
        mvc.perform(post("/mine-forloeb/{id}/journal", course.id()).with(csrf()).session(login(course.mentorUser()))
                .param("kind", kind).param("text", text)).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select max(id) from journal_entry where course_id = ? and kind = ?", Long.class,
                course.id(), kind);
        EventPublications.awaitDelivered(jdbc, "MentorMessageSent", "entryId", id);
        return id;
    }

    private List<Long> recipients(String kind, long entryId) {
        return jdbc.queryForList("select recipient_user_id from notice where kind = ? and occasion = ? order by 1",
                Long.class, kind, "journal-entry:" + entryId);
    }

    @Test
    void C7_aHelpRequestReachesTheResponsiblePersonAsANoticeAndNobodyElse() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long id = sendAsMentor(course, "HELP_REQUEST", "HJÆLP-boligstøtte");

        long responsible = world.userId(course.responsibleUser());
        assertThat(recipients("MENTOR_HELP_REQUEST", id)).containsExactly(responsible);
        assertThat(jdbc.queryForObject("select visibility from journal_entry where id = ?", String.class, id)).isEqualTo("MENTOR");
        assertThat(audited("JOURNAL_ENTRY_WRITTEN", id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_CREATED' and subject_id = "
                + "(select id::text from notice where occasion = ?)", Long.class, "journal-entry:" + id)).isOne();

        String notices = HtmlUtils.htmlUnescape(page(login(course.responsibleUser()), "/notifikationer"));
        assertThat(notices).contains("En mentor har skrevet en anmodning om hjælp til dig i forløbsjournalen")
                .contains("/forloeb/" + course.id() + "/journal#notat-" + id).doesNotContain("boligstøtte");
        for (String other : List.of(TestUsers.COORDINATOR, TestUsers.COORDINATOR_SOUTH, TestUsers.CASEWORKER_SOUTH,
                TestUsers.CASEWORKER, TestUsers.DIRECTORATE)) {
            assertThat(jdbc.queryForObject("select count(*) from notice where occasion = ? and recipient_user_id = ?",
                    Long.class, "journal-entry:" + id, world.userId(other))).as(other).isZero();
        }
        assertThat(HtmlUtils.htmlUnescape(page(login(course.responsibleUser()), "/forloeb/" + course.id() + "/journal")))
                .contains("HJÆLP-boligstøtte", "Anmodning om hjælp fra mentoren");
    }

    @Test
    void C12_aWishToEndTheCourseNotifiesTheResponsiblePersonAndEndsNothing() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long id = sendAsMentor(course, "END_REQUEST", "Klienten har fået arbejde og vil gerne stoppe");
        assertThat(recipients("MENTOR_END_REQUEST", id)).containsExactly(world.userId(course.responsibleUser()));
        assertThat(jdbc.queryForObject("select kind from journal_entry where id = ?", String.class, id)).isEqualTo("END_REQUEST");
        assertThat(jdbc.queryForObject("select state from course_card where id = ?", String.class, course.id())).isEqualTo("ACTIVE");
        String notices = HtmlUtils.htmlUnescape(page(login(course.responsibleUser()), "/notifikationer"));
        assertThat(notices).contains("En mentor ønsker, at et forløb afsluttes. Det er din afgørelse (§19)");
    }

    @Test
    void theMentorMustChooseWhatTheMessageIsAboutAndWriteIt() throws Exception {
        Reports.Course course = world.activeCourse(2);
        String html = shownAgain(post("/mine-forloeb/{id}/journal", course.id()).with(csrf())
                .session(login(course.mentorUser())).param("kind", "").param("text", "Behold mig"));
        assertThat(html).contains("Vælg, hvad beskeden drejer sig om.", "Behold mig", "id=\"kind-error\"");
        // a staff kind is not the mentor's to choose
        mvc.perform(post("/mine-forloeb/{id}/journal", course.id()).with(csrf()).session(login(course.mentorUser()))
                .param("kind", "CONTACT_MUNICIPALITY").param("text", "Forsøg")).andExpect(status().isOk());
        assertThat(entries(course.id())).isZero();
    }
}
