package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.mentor.AppointmentAssessment;
import dk.kriminalforsorgen.mentorordning.mentor.ClientDirectory;
import dk.kriminalforsorgen.mentorordning.mentor.ClientFacts;
import dk.kriminalforsorgen.mentorordning.mentor.CourseMatching;
import dk.kriminalforsorgen.mentorordning.mentor.Matching;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * The course's mentor and hours: the explainable matching list (DOMAIN §9), the mentor chosen while
 * preparing, and a change of the agreed hours of an active course, re-checked against the workload
 * ceiling (M10, §15) with the mentor row locked (CI2).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseMentors implements CourseMatching {

    private final CourseAccess access;
    private final CourseQueries queries;
    private final Matching matching;
    private final MentorRegistry registry;
    private final ClientDirectory clientDirectory;
    private final AuditService audit;
    private final CourseCalendar calendar;

    /** The hours a week the matching starts from while none are agreed (the page lets the user change them). */
    private static final BigDecimal FIRST_HOURS = new BigDecimal("4");

    /** The course being prepared, for the one matching page (DOMAIN §9); 404 for another area's course. */
    @Override
    public Optional<MatchedCourse> preparing(long courseId) {
        MentorCourse course = access.requireDeciding(courseId);
        if (!course.isPreparing()) {
            return Optional.empty();
        }
        return Optional.of(new MatchedCourse(course.getId(), course.getClientId(), course.getVersion(),
                course.getAgreedHours() != null ? course.getAgreedHours() : FIRST_HOURS));
    }

    @Override
    public void choose(long courseId, long version, Long mentorId, BigDecimal hours, String overrideReason) {
        chooseMentor(courseId, version, mentorId, hours, overrideReason);
    }

    /** Records the chosen mentor (a hard rule can never be overridden; a soft one with a reason). */
    public void chooseMentor(long id, long version, Long mentorId, BigDecimal hours, String overrideReason) {
        MentorCourse course = access.requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (mentorId == null) {
            throw Refusal.onField(Check.INPUT, "mentorId", "course.match.chooseMentor");
        }
        if (hours == null || hours.signum() <= 0) {
            throw Refusal.onField(Check.INPUT, "hours", "course.hours.positive");
        }
        if (!course.isPreparing()) {
            throw Refusal.general(Check.STATE, "course.alreadyDecided");
        }
        matching.choose(clientFacts(clientDirectory, course.getClientId()), mentorId, hours, overrideReason);
        course.chooseMentor(mentorId, hours, calendar.now());
        access.save(course);
        audit.record("COURSE_MENTOR_CHOSEN", CourseAccess.SUBJECT, id, "mentor=" + mentorId + " hours=" + hours);
    }

    /** M10 (§15): a change of the agreed hours is re-checked against the ceiling (CI2: mentor row locked). */
    public void changeHours(long id, long version, BigDecimal hours) {
        MentorCourse course = access.requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (hours == null || hours.signum() <= 0) {
            throw Refusal.onField(Check.INPUT, "agreedHours", "course.hours.positive");
        }
        if (course.isActive() && course.getMentorId() != null) {
            queries.lockMentor(course.getMentorId());
            BigDecimal extra = hours.subtract(course.getAgreedHours() == null ? BigDecimal.ZERO : course.getAgreedHours());
            if (extra.signum() > 0) {
                AppointmentAssessment assessment = registry.assess(course.getMentorId(),
                        clientFacts(clientDirectory, course.getClientId()), calendar.today(), extra);
                assessment.outcome(Rule.M10).filter(o -> !o.met()).ifPresent(o -> {
                    throw Refusal.onField(Rule.M10, "agreedHours", o.messageKey(), o.arguments());
                });
            }
        }
        BigDecimal before = course.getAgreedHours();
        course.changeHours(hours, calendar.now());
        access.save(course);
        audit.record("COURSE_HOURS_CHANGED", CourseAccess.SUBJECT, id, before + " -> " + hours);
    }

    /** What the registry needs about the client (M5 units, need areas, language), through its port. */
    static ClientFacts clientFacts(ClientDirectory directory, long clientId) {
        return directory.findVisible(clientId).orElseThrow(() -> new NotFoundException("client " + clientId));
    }
}
