package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;


import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Autowired;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans.Other;
import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans.Outcome;
import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans.PlanInput;
import dk.kriminalforsorgen.mentorordning.meeting.CalendarFiles;
import dk.kriminalforsorgen.mentorordning.meeting.Meeting;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingKind;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.meeting.PlanStatus;
import dk.kriminalforsorgen.mentorordning.notification.internal.NoticeMailer;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.support.TestMailServer;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 12: meetings planned ahead. Planning a kick-off (C5) or review (C8) changes no due date, holding it does (the
 * schedule runs from the meeting held, as before); a meeting not held changes nothing. The invitations are iCalendar
 * text, checked by parsing it with ical4j: one UID per meeting, SEQUENCE raised on a move and a cancellation, METHOD
 * REQUEST then CANCEL, DTSTART in Danish time, the participants with an address as attendees, no CPR and no last name.
 */
class MeetingPlanIntegrationTest extends CourseTestBase {

    static final LocalDate DAY = LocalDate.parse("2026-03-02");
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final LocalTime ELEVEN = LocalTime.of(11, 0);

    @Autowired
    CourseMeetingPlans plans;
    @Autowired
    CourseReading reading;
    @Autowired
    NoticeMailer mailer;

    @RegisterExtension
    static TestMailServer greenMail = new TestMailServer();

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    static PlanInput input(LocalDate day, Other... others) {
        return new PlanInput(new MeetingPlan.Slot(day, TEN, ELEVEN, "KiF København Nord, mødelokale 2"), true, true, true,
                List.of(others));
    }

    private MeetingSchedule.Due due(long course) {
        return steps.as(TestUsers.CASEWORKER, () -> reading.view(course).due());
    }

    private MeetingPlan plan(long course, PlanInput input) {
        return steps.as(TestUsers.CASEWORKER, () -> plans.plan(course, input));
    }

    private MeetingPlan outcome(long course, MeetingPlan plan, Outcome outcome) {
        return steps.as(TestUsers.CASEWORKER, () -> plans.recordOutcome(course, plan.getId(), plan.getVersion(), outcome));
    }

    private List<Meeting> held(long course) {
        return steps.as(TestUsers.CASEWORKER, () -> reading.view(course).meetings());
    }

    @Test
    void C8_planningAReviewLeavesItsDueDateAndHoldingItMovesItToThreeMonthsAfterTheDayHeld() {
        long course = steps.activeWithKickOff();
        assertThat(due(course)).isEqualTo(new MeetingSchedule.Due(MeetingKind.REVIEW, DAY.plusMonths(3)));

        clock.setDate(LocalDate.parse("2026-05-04"));
        MeetingPlan plan = plan(course, input(LocalDate.parse("2026-05-20")));
        assertThat(plan.getKind()).isEqualTo(MeetingKind.REVIEW);
        assertThat(due(course)).as("planning is not holding: C8 still runs from the kick-off")
                .isEqualTo(new MeetingSchedule.Due(MeetingKind.REVIEW, LocalDate.parse("2026-06-02")));

        clock.setDate(LocalDate.parse("2026-05-20"));
        assertThat(due(course)).isEqualTo(new MeetingSchedule.Due(MeetingKind.REVIEW, LocalDate.parse("2026-06-02")));
        MeetingPlan done = outcome(course, plan, new Outcome(true, List.of(true, true, false), "Næste skridt aftalt", null));

        assertThat(done.getStatus()).isEqualTo(PlanStatus.HELD);
        assertThat(due(course)).as("C8: three months after the meeting held")
                .isEqualTo(new MeetingSchedule.Due(MeetingKind.REVIEW, LocalDate.parse("2026-08-20")));
        Meeting review = held(course).get(0);
        assertThat(review.getKind()).isEqualTo(MeetingKind.REVIEW);
        assertThat(review.getHeldOn()).isEqualTo(LocalDate.parse("2026-05-20"));
        assertThat(review.getId()).isEqualTo(done.getHeldMeetingId());
        assertThat(review.getParticipants()).as("only who attended").startsWith("Test Klient").contains("Forløbsmentor")
                .doesNotContain("Sagsbehandler");
        assertThat(jdbc.queryForList("select attended from meeting_plan_participant where plan_id = ? order by position",
                Boolean.class, plan.getId())).containsExactly(true, true, false);
    }

    @Test
    void theDirectorateReadsTheInvitationsInTheOutboxWithoutTheirCalendarPart() throws Exception {
        long course = steps.activeWithKickOff();
        MeetingPlan plan = plan(course, input(DAY.plusDays(30), new Other("Kommunens kontakt",
                "outbox-" + course + "@example.dk")));
        String key = "meeting-plan:" + plan.getId() + ":%";
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from invitation_mail where mail_key like ?", Integer.class, key) > 0);
        String subject = jdbc.queryForList("select subject from invitation_mail where mail_key like ?", String.class, key)
                .get(0);

        String outbox = HtmlUtils.htmlUnescape(mvc.perform(get("/notifikationer/post")
                        .session(sessions.fresh(TestUsers.DIRECTORATE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(outbox).contains(subject).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void C8_onTheDueDayAPlannedButNotYetHeldReviewIsDueAndTheDayAfterOverdue() {
        long course = steps.activeWithKickOff();
        LocalDate dueOn = DAY.plusMonths(3);
        clock.setDate(dueOn.minusDays(1));
        plan(course, input(dueOn.plusDays(7)));

        clock.setDate(dueOn);
        assertThat(due(course).overdue(dueOn)).as("on its due day").isFalse();
        clock.setDate(dueOn.plusDays(1));
        assertThat(due(course).dueOn()).isEqualTo(dueOn);
        assertThat(due(course).overdue(dueOn.plusDays(1))).as("a plan does not postpone the due date").isTrue();
    }

    @Test
    void C8_aPlannedReviewNotHeldLeavesTheScheduleAndKeepsTheReason() {
        long course = steps.activeWithKickOff();
        MeetingPlan plan = plan(course, input(DAY.plusDays(20)));
        assertThatThrownBy(() -> outcome(course, plan, new Outcome(false, List.of(), null, "Udeblevet")))
                .as("a meeting ahead cannot be missed yet").isInstanceOf(Refusal.class);

        clock.setDate(DAY.plusDays(20));
        MeetingPlan missed = outcome(course, plan, new Outcome(false, List.of(false, true, true), null, "Klienten udeblev"));

        assertThat(missed.getStatus()).isEqualTo(PlanStatus.MISSED);
        assertThat(missed.getOutcomeNote()).isEqualTo("Klienten udeblev");
        assertThat(held(course)).hasSize(1);
        assertThat(due(course)).isEqualTo(new MeetingSchedule.Due(MeetingKind.REVIEW, DAY.plusMonths(3)));
    }

    @Test
    void C5_aPlannedKickOffIsDueFromTheStartUntilItIsHeldThenTheReviewRunsFromIt() {
        long course = steps.active();
        MeetingPlan plan = plan(course, input(DAY.plusDays(10)));
        assertThat(plan.getKind()).isEqualTo(MeetingKind.KICK_OFF);
        assertThat(due(course)).isEqualTo(new MeetingSchedule.Due(MeetingKind.KICK_OFF, DAY.plusDays(14)));

        clock.setDate(DAY.plusDays(10));
        outcome(course, plan, new Outcome(true, List.of(true, true, true), "Ugentlige møder", null));

        assertThat(due(course)).isEqualTo(new MeetingSchedule.Due(MeetingKind.REVIEW, DAY.plusDays(10).plusMonths(3)));
        assertThat(held(course)).extracting(Meeting::getKind).containsExactly(MeetingKind.KICK_OFF);
    }

    @Test
    void STATE_oneOpenPlanPerCourseAndAStaleEditIsRefused() {
        long course = steps.activeWithKickOff();
        MeetingPlan plan = plan(course, input(DAY.plusDays(5)));
        assertThatThrownBy(() -> plan(course, input(DAY.plusDays(6)))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> plan(course, input(DAY.minusDays(1)))).as("not in the past").isInstanceOf(Refusal.class);

        steps.as(TestUsers.CASEWORKER, () -> plans.move(course, plan.getId(), plan.getVersion(),
                new MeetingPlan.Slot(DAY.plusDays(8), TEN, ELEVEN, "Hjemme hos klienten"), "Mentor er syg"));
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> plans.cancel(course, plan.getId(),
                plan.getVersion(), "Forkert version"))).isInstanceOf(StaleEditException.class);
    }

    @Test
    void AZ2_anotherAreaCannotSeeOrPlanTheCoursesMeetings() {
        long course = steps.activeWithKickOff();
        MeetingPlan plan = plan(course, input(DAY.plusDays(5)));
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER_SOUTH, () -> plans.plan(course, plan.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER_SOUTH, () -> plans.of(course)))
                .isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- the invitations, parsed

    record Queued(String to, String calendar) {
    }

    private List<Queued> queued(MeetingPlan plan, int sequence, String method, int expected) {
        String key = "meeting-plan:" + plan.getId() + ":" + sequence + ":" + method + ":%";
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from invitation_mail where mail_key like ?", Integer.class, key) >= expected);
        return jdbc.query("select to_address, calendar from invitation_mail where mail_key like ? order by to_address",
                (rs, i) -> new Queued(rs.getString(1), rs.getString(2)), key);
    }

    static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    @Test
    void C8_invitationsAreICalendarWithAStableUidARisingSequenceAndACancellationWithoutCpr() {
        long course = steps.activeWithKickOff();
        String mentorAddress = "mentor-" + course + "@example.dk";
        String municipality = "kommune-" + course + "@example.dk";
        jdbc.update("update mentor set email = ? where id = (select mentor_id from mentor_course where id = ?)",
                mentorAddress, course);
        String clientLastName = jdbc.queryForObject(
                "select c.last_name from client c join mentor_course k on k.client_id = c.id where k.id = ?",
                String.class, course);

        MeetingPlan plan = plan(course, input(LocalDate.parse("2026-06-01"), new Other("Kommunens kontakt", municipality),
                new Other("Uden e-mail", null)));
        List<Queued> invitations = queued(plan, 0, "REQUEST", 2);
        assertThat(invitations).extracting(Queued::to).containsExactly(municipality, mentorAddress);

        Calendar request = CalendarFiles.parse(invitations.get(0).calendar());
        VEvent event = event(request);
        assertThat(request.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(plan.uid());
        assertThat(event.getSequence().getSequenceNo()).isZero();
        assertThat(event.getDateTimeStart().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/Copenhagen");
        ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDate.parse("2026-06-01").atTime(10, 0));
        assertThat(start.getOffset().getTotalSeconds()).as("summer time in Denmark").isEqualTo(7200);
        assertThat(event.getSummary().getValue()).isEqualTo("Opfølgningsmøde – mentorforløb (Test)");
        assertThat(event.getLocation().getValue()).isEqualTo("KiF København Nord, mødelokale 2");
        assertThat(event.<Property>getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList())
                .containsExactlyInAnyOrder("mailto:" + mentorAddress, "mailto:" + municipality);
        assertThat(invitations.get(0).calendar()).as("no CPR, no last name of the client")
                .doesNotContainPattern("\\d{6}-?\\d{4}").doesNotContain(clientLastName);
        assertThat(invitations.get(1).calendar()).isEqualTo(invitations.get(0).calendar());

        MeetingPlan moved = steps.as(TestUsers.CASEWORKER, () -> plans.move(course, plan.getId(), plan.getVersion(),
                new MeetingPlan.Slot(LocalDate.parse("2026-06-03"), LocalTime.of(13, 30), LocalTime.of(14, 30),
                        "Rådhuset"), "Mentor er syg"));
        VEvent update = event(CalendarFiles.parse(queued(plan, 1, "REQUEST", 2).get(0).calendar()));
        assertThat(update.getUid().orElseThrow().getValue()).isEqualTo(plan.uid());
        assertThat(update.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(((ZonedDateTime) update.getDateTimeStart().getDate()).toLocalDateTime())
                .isEqualTo(LocalDate.parse("2026-06-03").atTime(13, 30));
        assertThat(queued(plan, 1, "REQUEST", 2).get(0).calendar()).doesNotContain("Mentor er syg");

        steps.as(TestUsers.CASEWORKER, () -> plans.cancel(course, plan.getId(), moved.getVersion(), "Forløbet afsluttes"));
        Calendar cancel = CalendarFiles.parse(queued(plan, 2, "CANCEL", 2).get(0).calendar());
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancel).getUid().orElseThrow().getValue()).isEqualTo(plan.uid());
        assertThat(event(cancel).getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(event(cancel).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'COURSE' and subject_id = ? "
                + "and action like 'MEETING_%' order by id", String.class, String.valueOf(course)))
                .contains("MEETING_PLANNED", "MEETING_PLAN_MOVED", "MEETING_PLAN_CANCELLED", "MEETING_INVITATION_SENT");
    }

    // ---------------------------------------------------------------- delivered over SMTP (GreenMail)


    private static String text(Part part) throws Exception {
        return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text/calendar part of a message, searched through its multiparts. */
    private static Part calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = calendarPart(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void C8_invitationMailsReachTheParticipantOnceWithTheCalendarPartThenTheCancellation() throws Exception {
        long course = steps.activeWithKickOff();
        String municipality = "kontakt-" + course + "@kommune.example.dk";
        MeetingPlan plan = plan(course, input(DAY.plusDays(30), new Other("Kommunens kontakt", municipality)));
        queued(plan, 0, "REQUEST", 1);
        JavaMailSenderImpl sender = greenMail.sender();

        assertThat(mailer.sendDue(sender)).isPositive();
        assertThat(mailer.sendDue(sender)).as("a second run sends nothing").isZero();
        List<MimeMessage> received = greenMail.receivedBy(municipality);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Invitation: Opfølgningsmøde – mentorforløb (Test)");
        Part invitation = calendarPart(received.get(0));
        assertThat(invitation).as("a text/calendar part").isNotNull();
        assertThat(invitation.getContentType()).contains("method=REQUEST");
        Calendar parsed = CalendarFiles.parse(text(invitation));
        assertThat(event(parsed).getUid().orElseThrow().getValue()).isEqualTo(plan.uid());
        assertThat(received.get(0).getContent().toString()).doesNotContainPattern("\\d{6}-?\\d{4}");

        steps.as(TestUsers.CASEWORKER, () -> plans.cancel(course, plan.getId(), plan.getVersion(), "Ikke nødvendigt"));
        queued(plan, 1, "CANCEL", 1);
        mailer.sendDue(sender);
        received = greenMail.receivedBy(municipality);
        assertThat(received).hasSize(2);
        Part cancellation = calendarPart(received.get(1));
        assertThat(cancellation.getContentType()).contains("method=CANCEL");
        Calendar cancelled = CalendarFiles.parse(text(cancellation));
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancelled).getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(jdbc.queryForList("select status from invitation_mail where mail_key like ?", String.class,
                "meeting-plan:" + plan.getId() + ":%")).containsOnly("SENT");
    }
}
