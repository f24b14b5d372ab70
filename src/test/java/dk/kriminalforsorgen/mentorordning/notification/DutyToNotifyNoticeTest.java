package dk.kriminalforsorgen.mentorordning.notification;

import static dk.kriminalforsorgen.mentorordning.statusreport.Reports.monthly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.statusreport.DutyToNotifyRaised;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportsTestBase;
import dk.kriminalforsorgen.mentorordning.support.EventPublications;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, S4 (§8 stk. 2): a duty-to-notify report reaches the course's responsible person and the area's
 * coordinators at once, in the application and in the e-mail outbox; nobody else, never another area's; once per
 * person and report, even when the event is delivered again. The notice and its e-mail carry no CPR number, no
 * name and no report text. Each test makes its own course ({@link Reports}) on a day it sets.
 */
class DutyToNotifyNoticeTest extends ReportsTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final String REPORT_TEXT = "Klienten fortalte om et indbrud";

    @Autowired
    CprProtector cprs;

    @Autowired
    UserAdministration administration;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
    }

    private long submitDutyToNotify(Reports.Course course) throws Exception {
        YearMonth month = YearMonth.from(TODAY.minusMonths(1));
        long reportId = world.submitAsMentor(mvc, sessions.fresh(course.mentorUser(), Reports.PASSWORD),
                monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek")
                        .param("dutyToNotify", "true").param("dutyToNotifyText", REPORT_TEXT));
        EventPublications.awaitDelivered(jdbc, "DutyToNotifyRaised", "reportId", reportId);
        return reportId;
    }

    private List<Long> recipientsOf(long reportId) {
        return jdbc.queryForList("select recipient_user_id from notice where kind = 'DUTY_TO_NOTIFY' and occasion = ? order by 1",
                Long.class, "report:" + reportId);
    }

    private List<Long> coordinatorsOf(long areaId) {
        return jdbc.queryForList("select id from app_user where role = 'COORDINATOR' and area_id = ? and enabled", Long.class,
                areaId);
    }

    @Test
    void S4_theResponsiblePersonAndTheAreasCoordinatorsAreNotifiedAndNobodyElse() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long reportId = submitDutyToNotify(course);

        long responsible = world.userId(course.responsibleUser());
        List<Long> recipients = recipientsOf(reportId);
        assertThat(recipients).contains(responsible, world.userId(TestUsers.COORDINATOR));
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(responsible),
                        coordinatorsOf(TestUsers.HOVEDSTADEN).stream()).toList());
        assertThat(recipients).doesNotContain(world.userId(TestUsers.COORDINATOR_SOUTH),
                world.userId(TestUsers.CASEWORKER_SOUTH), world.userId(TestUsers.CASEWORKER),
                world.userId(TestUsers.DIRECTORATE), world.userId(course.mentorUser()));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_CREATED' and subject_id in "
                + "(select id::text from notice where occasion = ?)", Long.class, "report:" + reportId))
                .isEqualTo(recipients.size());
    }

    @Test
    void S4_theNoticeIsCreatedOnceEvenWhenTheEventComesAgain() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long reportId = submitDutyToNotify(course);
        int before = recipientsOf(reportId).size();

        // the event publication registry redelivers an event whose listener did not finish (a restart)
        DutyToNotifyRaised again = new DutyToNotifyRaised(course.id(), reportId, course.areaId(),
                world.userId(course.responsibleUser()));
        transactions.executeWithoutResult(status -> events.publishEvent(again));
        transactions.executeWithoutResult(status -> events.publishEvent(again));
        EventPublications.awaitDelivered(jdbc, "DutyToNotifyRaised", "reportId", reportId);

        assertThat(recipientsOf(reportId)).hasSize(before);
        assertThat(jdbc.queryForObject("select count(*) from notice_mail m join notice n on n.id = m.notice_id "
                + "where n.occasion = ?", Long.class, "report:" + reportId)).isLessThanOrEqualTo(before);
    }

    @Test
    void S4_theEmailIsQueuedWithALinkAndWithoutCprNameOrReportText() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long responsible = world.userId(course.responsibleUser());
        administration.changeEmail(responsible, "ansvarlig@example.dk");
        long reportId = submitDutyToNotify(course);

        List<java.util.Map<String, Object>> mails = jdbc.queryForList("""
                select m.to_address, m.subject, m.body, m.status from notice_mail m join notice n on n.id = m.notice_id
                where n.occasion = ? and n.recipient_user_id = ?""", "report:" + reportId, responsible);
        assertThat(mails).hasSize(1);
        String mail = mails.get(0).get("subject") + "\n" + mails.get(0).get("body");
        assertThat(mails.get(0).get("to_address")).isEqualTo("ansvarlig@example.dk");
        assertThat(mails.get(0).get("status")).isEqualTo("PENDING");
        assertThat(mail).contains("underretningspligt")
                .contains("http://localhost:8080/forloeb/" + course.id() + "/rapporter/" + reportId)
                .doesNotContain("indbrud").doesNotContain(course.firstName()).doesNotContain(course.lastName());
        String cpr = jdbc.queryForObject("select cpr_encrypted from client where id = ?", String.class, course.clientId());
        String full = cprs.decrypt(cpr).full();
        assertThat(mail).doesNotContain(full).doesNotContain(full.replace("-", "")).doesNotContain(full.substring(0, 6));
    }

    @Test
    void S4_aRecipientWhoTurnedEmailOffStillGetsTheDutyToNotifyByEmail() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long responsible = world.userId(course.responsibleUser());
        administration.changeEmail(responsible, "ansvarlig2@example.dk");
        jdbc.update("insert into notice_preference (user_id, kind, email) values (?, 'DUTY_TO_NOTIFY', false)", responsible);
        long reportId = submitDutyToNotify(course);
        assertThat(jdbc.queryForObject("select count(*) from notice_mail m join notice n on n.id = m.notice_id "
                + "where n.occasion = ? and n.recipient_user_id = ?", Long.class, "report:" + reportId, responsible))
                .isEqualTo(1);
    }

    @Test
    void theRecipientSeesTheNoticeWithTheUnreadCountAndMarksItRead() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long reportId = submitDutyToNotify(course);
        var session = sessions.fresh(course.responsibleUser(), Reports.PASSWORD);

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/notifikationer").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("En mentor har indsendt en rapport med underretningspligt")
                .contains("/forloeb/" + course.id() + "/rapporter/" + reportId)
                .contains("Notifikationer (1 ulæste)").doesNotContain("indbrud");

        long noticeId = jdbc.queryForObject("select id from notice where occasion = ? and recipient_user_id = ?", Long.class,
                "report:" + reportId, world.userId(course.responsibleUser()));
        // another user cannot mark it read
        mvc.perform(post("/notifikationer/" + noticeId + "/laest").with(csrf())
                .session(sessions.fresh(TestUsers.CASEWORKER))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select read_at is null from notice where id = ?", Boolean.class, noticeId)).isTrue();

        mvc.perform(post("/notifikationer/" + noticeId + "/laest").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select read_at is not null from notice where id = ?", Boolean.class, noticeId)).isTrue();
        String after = HtmlUtils.htmlUnescape(mvc.perform(get("/notifikationer").session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(after).doesNotContain("ulæste)");
    }

    @Test
    void theDirectorateSeesTheCatalogueAndWhatWouldHaveBeenMailed() throws Exception {
        Reports.Course course = world.activeCourse(2);
        administration.changeEmail(world.userId(course.responsibleUser()), "udbakke@example.dk");
        submitDutyToNotify(course);
        var directorate = sessions.fresh(TestUsers.DIRECTORATE);

        String catalogue = HtmlUtils.htmlUnescape(mvc.perform(get("/notifikationer/katalog").session(directorate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(catalogue).contains("data-kind=\"" + kind.name() + "\"");
        }
        assertThat(catalogue).contains("Underretningspligt").contains("områdets mentortovholdere");

        String outbox = HtmlUtils.htmlUnescape(mvc.perform(get("/notifikationer/post").session(directorate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(outbox).contains("data-testid=\"no-smtp\"").contains("udbakke@example.dk").contains("Ikke sendt endnu");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_OUTBOX_READ'", Long.class))
                .isPositive();
    }

    @Test
    void aUserChoosesEmailPerKindButCannotTurnOffTheDutyToNotify() throws Exception {
        String user = world.newCaseworker();
        var session = sessions.fresh(user, Reports.PASSWORD);
        mvc.perform(post("/notifikationer/indstillinger").with(csrf()).session(session)
                .param("email", "REVIEW_DUE_TODAY").param("email", "DUTY_TO_NOTIFY"))
                .andExpect(status().is3xxRedirection());
        long id = world.userId(user);
        assertThat(jdbc.queryForList("select kind from notice_preference where user_id = ? and not email order by 1",
                String.class, id)).containsExactlyElementsOf(java.util.Arrays.stream(NoticeKind.values())
                .filter(kind -> !kind.mandatory() && kind != NoticeKind.REVIEW_DUE_TODAY).map(Enum::name).sorted().toList());
        assertThat(jdbc.queryForList("select kind from notice_preference where user_id = ? and kind = 'DUTY_TO_NOTIFY'",
                String.class, id)).isEmpty();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/notifikationer/indstillinger").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("(kan ikke fravælges)");
    }
}
