package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry.AreaDecision;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportsTestBase;
import dk.kriminalforsorgen.mentorordning.support.EventPublications;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11: a person a course depends on is gone. A responsible person disabled or moved (C7) and a registry mentor
 * made inactive or retired (C1: the area appoints the mentor) reach the coordinators of each area where the person has
 * an active or preparing course, and nobody else: never another area's coordinators, nobody when the person has no
 * open course (an ended one does not count). The security and mentor modules publish their events in the change's
 * transaction; the notices come after the commit (the event publication registry).
 */
class WithdrawalNoticeTest extends ReportsTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @Autowired
    UserAdministration administration;
    @Autowired
    MentorRegistry registry;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
    }

    /** The listeners run after the commit, asynchronously: wait until every publication of the event type is done. */
    private void awaitDelivered(String eventType) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where event_type like ? and completion_date is null", Long.class,
                "%" + eventType)).isZero());
    }

    private List<Long> recipients(NoticeKind kind, String occasionPrefix) {
        return jdbc.queryForList("select recipient_user_id from notice where kind = ? and occasion like ? order by 1",
                Long.class, kind.name(), occasionPrefix + "%");
    }

    private List<Long> coordinatorsOf(long areaId) {
        return jdbc.queryForList("select id from app_user where role = 'COORDINATOR' and area_id = ? and enabled order by id",
                Long.class, areaId);
    }

    @Test
    void C7_aDisabledResponsiblePersonReachesTheCoordinatorsOfTheCoursesAreaAndNobodyElse() {
        String responsible = world.newCaseworker();
        Reports.Course course = world.activeCourse(2, responsible);
        long userId = world.userId(responsible);

        administration.setEnabled(userId, false);
        awaitDelivered("StaffMemberWithdrawn");

        List<Long> to = recipients(NoticeKind.RESPONSIBLE_WITHDRAWN, "user:" + userId + ":DISABLED:");
        assertThat(to).isNotEmpty().containsExactlyElementsOf(coordinatorsOf(TestUsers.HOVEDSTADEN))
                .contains(world.userId(TestUsers.COORDINATOR))
                .doesNotContain(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(TestUsers.CASEWORKER),
                        world.userId(TestUsers.DIRECTORATE), userId);
        assertThat(jdbc.queryForList("select distinct link from notice where kind = 'RESPONSIBLE_WITHDRAWN' and occasion like ?",
                String.class, "user:" + userId + ":%")).containsExactly("/forloeb/genfordel/ansvarlig/" + userId);
        assertThat(jdbc.queryForList("select distinct area_id from notice where kind = 'RESPONSIBLE_WITHDRAWN' and occasion like ?",
                Long.class, "user:" + userId + ":%")).containsExactly(course.areaId());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_CREATED' and subject_id in "
                + "(select id::text from notice where occasion like ?)", Long.class, "user:" + userId + ":%"))
                .isEqualTo(to.size());
    }

    /**
     * A new caseworker responsible for an active course of {@code months} is moved to the unit; returns whom the
     * notice of the move reached, once delivered.
     */
    private List<Long> toldOfTheMove(int months, long areaId, long unitId) {
        String responsible = world.newCaseworker();
        world.activeCourse(months, responsible);
        long userId = world.userId(responsible);
        AppUser user = administration.get(userId);
        administration.change(userId, user.getVersion(), new Assignment(user.getDisplayName(), Role.CASEWORKER,
                areaId, unitId, true));
        awaitDelivered("StaffMemberWithdrawn");
        return recipients(NoticeKind.RESPONSIBLE_WITHDRAWN, "user:" + userId + ":MOVED:");
    }

    @Test
    void C7_aResponsiblePersonMovedToAnotherAreaReachesTheOldAreasCoordinatorsNotTheNewOnes() {
        assertThat(toldOfTheMove(2, TestUsers.SYDDANMARK, TestUsers.KIF_ODENSE))
                .containsExactlyElementsOf(coordinatorsOf(TestUsers.HOVEDSTADEN))
                .doesNotContainAnyElementsOf(coordinatorsOf(TestUsers.SYDDANMARK));
    }

    @Test
    void C7_aMoveToAnotherUnitOfTheSameAreaAlsoTellsTheAreasCoordinators() {
        assertThat(toldOfTheMove(1, TestUsers.HOVEDSTADEN, TestUsers.BISPEBJERG))
                .containsExactlyElementsOf(coordinatorsOf(TestUsers.HOVEDSTADEN));
    }

    @Test
    void C7_aCourseBeingPreparedCountsAsOpen() {
        String responsible = world.newCaseworker();
        Reports.Course course = world.activeCourse(1, responsible);
        jdbc.update("update mentor_course set state = 'PREPARING', start_date = null where id = ?", course.id());
        long userId = world.userId(responsible);

        administration.setEnabled(userId, false);
        awaitDelivered("StaffMemberWithdrawn");

        assertThat(recipients(NoticeKind.RESPONSIBLE_WITHDRAWN, "user:" + userId + ":DISABLED:"))
                .containsExactlyElementsOf(coordinatorsOf(TestUsers.HOVEDSTADEN));
    }

    @Test
    void C7_nobodyIsToldWhenThePersonHasNoOpenCourse_anEndedCourseDoesNotCount_norARenameOnly() {
        String withoutCourses = world.newCaseworker();
        String withEnded = world.newCaseworker();
        Reports.Course ended = world.activeCourse(3, withEnded);
        world.endCourse(ended, TODAY.minusDays(1));
        String renamed = world.newCaseworker();
        world.activeCourse(2, renamed);
        long renamedId = world.userId(renamed);
        AppUser user = administration.get(renamedId);

        administration.setEnabled(world.userId(withoutCourses), false);
        administration.setEnabled(world.userId(withEnded), false);
        administration.change(renamedId, user.getVersion(), new Assignment("Nyt Navn", Role.CASEWORKER,
                user.getAreaId(), user.getUnitId(), user.isCertifiedAssessor()));
        awaitDelivered("StaffMemberWithdrawn");

        assertThat(recipients(NoticeKind.RESPONSIBLE_WITHDRAWN, "user:" + world.userId(withoutCourses) + ":")).isEmpty();
        assertThat(recipients(NoticeKind.RESPONSIBLE_WITHDRAWN, "user:" + world.userId(withEnded) + ":")).isEmpty();
        assertThat(recipients(NoticeKind.RESPONSIBLE_WITHDRAWN, "user:" + renamedId + ":")).isEmpty();
    }

    /** The test courses' mentors are retired (so matching never lists them); this one is made approved again first. */
    private long approvedMentorOf(Reports.Course course, long homeAreaId) {
        jdbc.update("update mentor set status = 'APPROVED', home_area_id = ? where id = ?", homeAreaId, course.mentorId());
        return course.mentorId();
    }

    private void decide(String coordinator, long mentorId, AreaDecision decision) {
        long version = jdbc.queryForObject("select version from mentor where id = ?", Long.class, mentorId);
        try (SignedIn signedIn = SignedIn.as(sessions.fresh(coordinator))) {
            registry.decide(mentorId, version, decision, "Flytter fra landsdelen");
        }
    }

    @Test
    void C1_aRetiredMentorWithAnActiveCourseReachesTheCoordinatorsOfTheCoursesAreaAndNobodyElse() {
        Reports.Course course = world.activeCourse(2);
        long mentorId = approvedMentorOf(course, TestUsers.HOVEDSTADEN);

        decide(TestUsers.COORDINATOR, mentorId, AreaDecision.RETIRE);
        awaitDelivered("MentorWithdrawn");

        assertThat(recipients(NoticeKind.MENTOR_WITHDRAWN, "mentor:" + mentorId + ":RETIRED:"))
                .isNotEmpty().containsExactlyElementsOf(coordinatorsOf(TestUsers.HOVEDSTADEN))
                .doesNotContain(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(course.responsibleUser()),
                        world.userId(course.mentorUser()));
        assertThat(jdbc.queryForList("select distinct link from notice where kind = 'MENTOR_WITHDRAWN' and occasion like ?",
                String.class, "mentor:" + mentorId + ":%")).containsExactly("/forloeb/genfordel/mentor/" + mentorId);
    }

    @Test
    void C1_aMentorMadeInactiveReachesTheAreaOfTheCourse_notTheMentorsHomeArea() {
        Reports.Course southCourse = world.activeCourse(TODAY.minusMonths(2), TestUsers.CASEWORKER_SOUTH);
        assertThat(southCourse.areaId()).isEqualTo(TestUsers.SYDDANMARK);
        long mentorId = approvedMentorOf(southCourse, TestUsers.HOVEDSTADEN); // registered in Hovedstaden, national registry

        decide(TestUsers.COORDINATOR, mentorId, AreaDecision.DEACTIVATE);
        awaitDelivered("MentorWithdrawn");

        assertThat(recipients(NoticeKind.MENTOR_WITHDRAWN, "mentor:" + mentorId + ":INACTIVE:"))
                .isNotEmpty().containsExactlyElementsOf(coordinatorsOf(TestUsers.SYDDANMARK))
                .doesNotContainAnyElementsOf(coordinatorsOf(TestUsers.HOVEDSTADEN));
    }

    @Test
    void C1_aMentorWhoseCoursesHaveEndedTellsNobody() {
        Reports.Course course = world.activeCourse(4);
        world.endCourse(course, TODAY.minusDays(3));
        long mentorId = approvedMentorOf(course, TestUsers.HOVEDSTADEN);

        decide(TestUsers.COORDINATOR, mentorId, AreaDecision.RETIRE);
        awaitDelivered("MentorWithdrawn");

        assertThat(recipients(NoticeKind.MENTOR_WITHDRAWN, "mentor:" + mentorId + ":")).isEmpty();
        assertThat(EventPublications.published(jdbc, "MentorWithdrawn", "mentorId", mentorId))
                .as("the event was published all the same").isPositive();
    }
}
