package dk.kriminalforsorgen.mentorordning.course;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlanVersion;
import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.EligibilityResult;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;

/**
 * Issue 12: what the course's PDF documents say, read for a user who may see the course (AZ2: another
 * area's course is a 404, as the page) and audited as a download in the same transaction (AU1). A document
 * that does not exist yet (the ending decision of an open course) is a 404 too. The documents name the
 * client but never show the CPR number.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseDocuments {

    public static final String DOWNLOADED = "DOCUMENT_DOWNLOADED";

    private final CourseAccess access;
    private final CourseQueries queries;
    private final ActionPlans plans;
    private final ClientService clients;
    private final ReferenceData referenceData;
    private final AuditService audit;

    public enum Kind {
        ACTION_PLAN("handleplan"), ESTABLISHMENT("etablering"), ENDING("ophoer"), APPOINTMENT("udpegning");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    /** The facts every course document shows; {@code eligibility} only on the establishment decision. */
    public record CourseDocument(MentorCourse course, String clientName, String areaName, String mentorName,
                                 ActionPlanVersion plan, EligibilityResult eligibility) {
    }

    /** The action plan in a given version (each version stays available, C8); the current one when null. */
    @Transactional
    public CourseDocument actionPlan(long id, Integer number) {
        MentorCourse course = access.loadVisible(id);
        int shown = number != null ? number
                : plans.find(id).map(p -> p.plan().getCurrentNumber()).orElseThrow(() -> new NotFoundException("plan"));
        ActionPlanVersion version = plans.version(id, shown);
        audited(course, Kind.ACTION_PLAN, "version=" + shown);
        return document(course, version, null);
    }

    /** §7: the establishment decision with the eligibility grounds on the start date (E1-E9). */
    @Transactional
    public CourseDocument establishment(long id) {
        MentorCourse course = access.loadVisible(id);
        if (course.getStartDate() == null) {
            throw new NotFoundException("course " + id + " is not established");
        }
        Client client = clients.requireVisible(course.getClientId());
        EligibilityResult eligibility = clients.eligibilityOn(client, course.getStartDate());
        audited(course, Kind.ESTABLISHMENT, null);
        return document(course, currentPlan(id), eligibility);
    }

    /** §19: the ending decision with its reason and the outcome of each goal. */
    @Transactional
    public CourseDocument ending(long id) {
        MentorCourse course = access.loadVisible(id);
        if (!course.isEnded()) {
            throw new NotFoundException("course " + id + " has not ended");
        }
        audited(course, Kind.ENDING, null);
        return document(course, null, null);
    }

    /** §8: the mentor's appointment letter with the confidentiality and duty-to-notify declaration. */
    @Transactional
    public CourseDocument appointment(long id) {
        MentorCourse course = access.loadVisible(id);
        if (course.getStartDate() == null || course.getMentorId() == null) {
            throw new NotFoundException("course " + id + " has no appointed mentor");
        }
        audited(course, Kind.APPOINTMENT, "mentor=" + course.getMentorId());
        return document(course, null, null);
    }

    private ActionPlanVersion currentPlan(long id) {
        return plans.find(id).map(p -> plans.version(id, p.plan().getCurrentNumber())).orElse(null);
    }

    private void audited(MentorCourse course, Kind kind, String details) {
        audit.record(DOWNLOADED, CourseAccess.SUBJECT, course.getId(),
                "dokument=" + kind.slug() + (details == null ? "" : ", " + details));
    }

    private CourseDocument document(MentorCourse course, ActionPlanVersion plan, EligibilityResult eligibility) {
        CourseQueries.ClientSummary client = queries.client(course.getClientId()).orElseThrow();
        Optional<String> mentor = queries.mentorName(course.getMentorId());
        return new CourseDocument(course, client.name(), referenceData.areaName(course.areaId()), mentor.orElse(null),
                plan, eligibility);
    }
}
