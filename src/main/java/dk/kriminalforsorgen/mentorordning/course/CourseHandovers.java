package dk.kriminalforsorgen.mentorordning.course;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * C2 (§10): the area that prepared the course hands it over to the competent area (where the client is
 * or will be supervised), which takes the decisions from then on. Both areas keep seeing it.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseHandovers {

    private final CourseAccess access;
    private final CourseQueries queries;
    private final CourseHandoverRepository handovers;
    private final AuditService audit;
    private final CourseCalendar calendar;

    public void handOver(long id, String note) {
        MentorCourse course = access.requireDeciding(id);
        CourseQueries.ClientSummary client = queries.client(course.getClientId()).orElseThrow();
        if (Objects.equals(client.areaId(), course.areaId())) {
            throw Refusal.general(Rule.C2, "course.handover.sameArea");
        }
        Long from = course.areaId();
        CourseHandover handover = course.handOver(client.areaId(), note, access.actor(), calendar.now());
        access.save(course);
        handovers.save(handover);
        audit.record("COURSE_HANDED_OVER", CourseAccess.SUBJECT, id, "area " + from + " -> " + client.areaId());
    }
}
