package dk.kriminalforsorgen.mentorordning.course;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.client.CustodyStatusChanged;

/**
 * C13 (§3 stk. 2, §4 stk. 2): a release or the end of supervision never ends a course silently. The
 * client feature publishes the status change in its transaction; active courses of the client are
 * flagged "continuation to confirm" in the same transaction, and the caseworker confirms (E6/E8) or
 * ends the course (C12).
 */
@Component
class CourseEvents {

    private final CourseService courses;

    CourseEvents(CourseService courses) {
        this.courses = courses;
    }

    @EventListener
    void custodyStatusChanged(CustodyStatusChanged event) {
        if (event.released()) {
            courses.flagContinuation(event.clientId(), ContinuationKind.RELEASE, event.since());
        } else if (event.supervisionEnded()) {
            courses.flagContinuation(event.clientId(), ContinuationKind.SUPERVISION_ENDED, event.since());
        }
    }
}
