package dk.kriminalforsorgen.mentorordning.course.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.CustodyStatusChanged;
import dk.kriminalforsorgen.mentorordning.course.ContinuationKind;
import dk.kriminalforsorgen.mentorordning.course.CourseEnding;

/**
 * C13 (§3 stk. 2, §4 stk. 2): a release or the end of supervision never ends a course silently. The
 * client module publishes the status change; the client's active courses are flagged "continuation to
 * confirm", and the caseworker confirms (E6/E8) or ends the course (C12).
 *
 * <p>An application-module listener: it runs after the client's transaction has committed, in a
 * transaction of its own, and the event publication registry (table {@code event_publication}) keeps the
 * event until the flag is saved. So a failure here never undoes the client's status change, and an
 * unfinished reaction is republished at the next start. (It is asynchronous where the application
 * enables {@code @EnableAsync}; without it, it runs right after the commit in the same thread. The
 * course page also checks C13 on read: {@code CourseView.supervisionEndPassed}.)
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CustodyStatusListener {

    private final CourseEnding courses;

    @ApplicationModuleListener
    void on(CustodyStatusChanged event) {
        if (event.released()) {
            courses.flagContinuation(event.clientId(), ContinuationKind.RELEASE, event.since());
        } else if (event.supervisionEnded()) {
            courses.flagContinuation(event.clientId(), ContinuationKind.SUPERVISION_ENDED, event.since());
        }
    }
}
