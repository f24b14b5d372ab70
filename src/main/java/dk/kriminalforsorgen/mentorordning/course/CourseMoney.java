package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;

/** The money of a course: the mentor's fee (C9, §14 stk. 1-2) and activity grants (C10 §14 stk. 3, C11 §16). */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseMoney {

    private final CourseAccess access;
    private final CourseFeeRepository fees;
    private final ActivityGrantRepository grants;
    private final AuditService audit;
    private final CourseCalendar calendar;

    /** C9 (§14 stk. 1-2): the area sets the monthly fee from a date, with its basis; the history stays. */
    public void setFee(long id, BigDecimal monthlyAmount, LocalDate validFrom, String basis) {
        MentorCourse course = access.requireDeciding(id);
        Refusal.throwIfAny(CourseRules.checkFee(course, monthlyAmount, validFrom, basis));
        fees.save(new CourseFee(id, monthlyAmount, validFrom, basis.strip(), access.actor(), calendar.now()));
        course.touch(calendar.now());
        audit.record("COURSE_FEE_SET", CourseAccess.SUBJECT, id, "amount=" + monthlyAmount + " from=" + validFrom);
    }

    /**
     * C10 (§14 stk. 3), C11 (§16): an activity grant, never transport, telephone or postage; within the
     * yearly ceiling together with what the course was already granted this calendar year.
     */
    public void grant(long id, ExpenseType type, String purpose, BigDecimal amount) {
        MentorCourse course = access.requireDeciding(id);
        LocalDate today = calendar.today();
        BigDecimal granted = grants.sumBetween(id, CourseCalendar.yearStart(today), CourseCalendar.yearEnd(today));
        Refusal.throwIfAny(CourseRules.checkGrant(course, type, purpose, amount, granted, calendar.grantYearlyCeiling()));
        grants.save(new ActivityGrant(id, today, purpose.strip(), amount, access.actor(), calendar.now()));
        course.touch(calendar.now());
        access.save(course); // parallel grants on one course conflict on its version, so the ceiling holds
        audit.record("COURSE_GRANT_GIVEN", CourseAccess.SUBJECT, id, "amount=" + amount);
    }
}
