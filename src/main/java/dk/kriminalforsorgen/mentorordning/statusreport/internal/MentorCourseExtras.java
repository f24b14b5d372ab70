package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlans;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.mentor.MentorGuides;

/**
 * Issue 17: what the mentor's own pages add to the reports. On a course: the task division of the current action
 * plan (C6, §13 stk. 1: who does what, the mentor and the service) and the next meeting (read from the meeting
 * module: the kick-off or review that is due, C5, C8). On the guide page: the newest version of the mentor guide.
 * Only the mentor's own course (any other id answers 404 and is audited, DOMAIN §1).
 */
@Service
@Transactional(readOnly = true)
public class MentorCourseExtras {

    private final ReportCourses courses;
    private final ActionPlans plans;
    private final Meetings meetings;
    private final MeetingPlans meetingPlans;
    private final MeetingSchedule schedule;
    private final MentorGuides guides;
    private final Clock clock;

    MentorCourseExtras(ReportCourses courses, ActionPlans plans, Meetings meetings, MeetingPlans meetingPlans,
                       CourseProperties course, MentorGuides guides, Clock clock) {
        this.courses = courses;
        this.plans = plans;
        this.meetings = meetings;
        this.meetingPlans = meetingPlans;
        this.schedule = new MeetingSchedule(course.reviewInterval(), course.kickOffWithin());
        this.guides = guides;
        this.clock = clock;
    }

    /** One task group of the division: the mentor's tasks and the service's (either may be null). */
    public record TaskLine(String taskGroupKey, String mentorTasks, String serviceTasks) {
    }

    /**
     * The next meeting: its kind's message key and the day it is due by, whether that day has passed, and, once the
     * responsible person has planned it (issue 12), when and where it is.
     */
    public record NextMeeting(String kindKey, LocalDate dueOn, boolean overdue, Optional<Planned> planned) {
    }

    /** A planned meeting's day, start time and place. */
    public record Planned(LocalDate day, LocalTime start, String place) {
    }

    public record Extras(List<TaskLine> tasks, Optional<NextMeeting> nextMeeting) {
    }

    public Extras forMyCourse(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        List<TaskLine> tasks = plans.find(courseId)
                .map(p -> p.current().getTasks().stream()
                        .map(t -> new TaskLine(t.getTaskGroup().messageKey(), t.getMentorTasks(), t.getServiceTasks()))
                        .toList())
                .orElse(List.of());
        Optional<NextMeeting> next = Optional.empty();
        if (facts.active() && facts.startDate() != null) {
            MeetingSchedule.Due due = schedule.nextDue(facts.startDate(), meetings.of(courseId));
            Optional<Planned> planned = meetingPlans.open(courseId)
                    .map(plan -> new Planned(plan.getMeetingDate(), plan.getStartTime(), plan.getPlace()));
            next = Optional.of(new NextMeeting(due.kind().messageKey(), due.dueOn(),
                    due.overdue(LocalDate.now(clock)), planned));
        }
        return new Extras(tasks, next);
    }

    /** The newest version of the mentor guide, for the mentor's guide page. */
    public Optional<MentorGuides.GuideVersion> guide() {
        return guides.newest();
    }
}
