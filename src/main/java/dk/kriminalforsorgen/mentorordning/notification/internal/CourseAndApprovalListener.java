package dk.kriminalforsorgen.mentorordning.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.approval.MentorApprovalDecided;
import dk.kriminalforsorgen.mentorordning.course.MentorAppointed;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * The notices of the course's and the directorate's decisions: a mentor appointed to a course is told (with the C5
 * kick-off's last day; the course page names whom to contact), and the directorate's M8 decision on a flagged mentor
 * reaches the coordinators of the mentor's home area. Like {@link DutyToNotifyListener}: after the publisher's commit,
 * kept by the event publication registry until done, once per occasion.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CourseAndApprovalListener {

    private final Notifications notifications;
    private final Recipients recipients;

    @ApplicationModuleListener
    void on(MentorAppointed event) {
        notifications.notify(new Occasion(NoticeKind.MENTOR_APPOINTED, "course:" + event.courseId(), event.areaId(),
                event.courseId(), "/mine-forloeb/" + event.courseId(), DanishFormat.date(event.kickOffDue())),
                recipients.mentorUser(event.mentorId()));
    }

    @ApplicationModuleListener
    void on(MentorApprovalDecided event) {
        notifications.notify(new Occasion(NoticeKind.APPROVAL_DECIDED, "approval-case:" + event.caseId(), event.areaId(),
                null, "/mentorer/" + event.mentorId(), "notice.APPROVAL_DECIDED." + (event.approved() ? "approved" : "rejected")),
                recipients.coordinators(event.areaId()));
    }
}
