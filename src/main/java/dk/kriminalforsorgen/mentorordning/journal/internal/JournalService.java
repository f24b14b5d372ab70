package dk.kriminalforsorgen.mentorordning.journal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.journal.JournalKind;
import dk.kriminalforsorgen.mentorordning.journal.MentorMessageSent;
import dk.kriminalforsorgen.mentorordning.journal.Visibility;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * The journal's use cases. Staff: AZ2 on every load (another area's course answers 404, audited); only the course's
 * responsible person and the area's coordinators write (C7). The mentor: their own active course only, else 404
 * (audited); they read the entries marked for them and write the three mentor kinds, which are published for the
 * responsible person's notice in the same transaction. Every read and write is audited in the same transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JournalService {

    public static final int PAGE_SIZE = 10;
    /** How many entries the course page shows before linking to the whole journal. */
    public static final int PANEL_SIZE = 5;
    public static final int TEXT_MAX = 4000;
    static final String COURSE = "COURSE";
    static final String ENTRY = "JOURNAL_ENTRY";

    /** What a staff member or the mentor types; the mentor's date and visibility are set for them. */
    public record EntryInput(JournalKind kind, LocalDate occurredOn, String text, Visibility visibility) {
    }

    /**
     * The staff's journal of a course: a page of entries, whether the user may write, and whether the user works in
     * the course's area (the course page is theirs; the directorate reads the journal only).
     */
    public record StaffView(CourseFacts course, JournalPage page, boolean canWrite, boolean ofArea) {
    }

    private final JournalStore store;
    private final AccessChecker access;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    // --- staff ---

    @Transactional
    public StaffView staffPage(long courseId, int page) {
        CourseFacts course = visibleCourse(courseId);
        JournalPage entries = store.page(courseId, false, Math.max(page, 0), PAGE_SIZE);
        audit.record("JOURNAL_READ", COURSE, courseId, "page " + entries.page());
        return new StaffView(course, entries, canWrite(course), ofArea(course));
    }

    /** The course page's panel: the newest entries, or null when the course is not the user's to see. */
    @Transactional
    public StaffView panel(long courseId) {
        CourseFacts course = store.course(courseId).orElse(null);
        if (course == null || !access.canSee(course.areaId())) {
            return null; // the course page itself answers 404 for another area
        }
        JournalPage entries = store.page(courseId, false, 0, PANEL_SIZE);
        audit.record("JOURNAL_READ", COURSE, courseId, "course page");
        return new StaffView(course, entries, canWrite(course), ofArea(course));
    }

    @Transactional
    public long write(long courseId, EntryInput input) {
        CourseFacts course = writableCourse(courseId);
        validateStaff(input);
        return save(course, input, null);
    }

    /** The entry to correct, for the correction form: a staff entry of the course not corrected yet. */
    @Transactional(readOnly = true)
    public JournalEntry correctable(long courseId, long entryId) {
        writableCourse(courseId);
        JournalEntry original = store.find(courseId, entryId).orElseThrow(() -> new NotFoundException(ENTRY + " " + entryId));
        requireCorrectable(original);
        return original;
    }

    /** An entry of a course the user may see (the correction form shown again after a refusal). */
    @Transactional(readOnly = true)
    public JournalEntry visibleEntry(long courseId, long entryId) {
        visibleCourse(courseId);
        return store.find(courseId, entryId).orElseThrow(() -> new NotFoundException(ENTRY + " " + entryId));
    }

    /** A correction: a new entry that supersedes {@code entryId}, which stays. Two corrections at once: the second is told. */
    @Transactional
    public long correct(long courseId, long entryId, EntryInput input) {
        CourseFacts course = writableCourse(courseId);
        JournalEntry original = store.find(courseId, entryId).orElseThrow(() -> new NotFoundException(ENTRY + " " + entryId));
        requireCorrectable(original);
        validateStaff(input);
        try {
            return save(course, input, original.id());
        } catch (DuplicateKeyException correctedMeanwhile) {
            throw alreadyCorrected();
        }
    }

    private boolean ofArea(CourseFacts course) {
        return currentUsers.current().map(user -> user.role().belongsToArea()
                && Objects.equals(user.areaId(), course.areaId())).orElse(false);
    }

    public boolean canWrite(CourseFacts course) {
        return currentUsers.current().map(user -> Objects.equals(user.id(), course.responsibleUserId())
                || (user.is(Role.COORDINATOR) && Objects.equals(user.areaId(), course.areaId()))).orElse(false);
    }

    private CourseFacts visibleCourse(long courseId) {
        CourseFacts course = store.course(courseId).orElseThrow(() -> new NotFoundException(COURSE + " " + courseId));
        return access.requireVisible(course, COURSE, courseId);
    }

    private CourseFacts writableCourse(long courseId) {
        CourseFacts course = visibleCourse(courseId);
        if (!canWrite(course)) {
            throw Refusal.general(Rule.C7, "journal.write.notAllowed");
        }
        return course;
    }

    private void requireCorrectable(JournalEntry original) {
        if (original.byMentor()) {
            throw Refusal.general(Check.STATE, "journal.correct.mentorEntry");
        }
        if (original.corrected()) {
            throw alreadyCorrected();
        }
    }

    private static Refusal alreadyCorrected() {
        return Refusal.general(Check.STATE, "journal.correct.alreadyCorrected");
    }

    private void validateStaff(EntryInput input) {
        List<RuleViolation> violations = new ArrayList<>();
        if (input.kind() == null || input.kind().mentors()) {
            violations.add(RuleViolation.onField(Check.INPUT, "kind", "journal.kind.required"));
        }
        if (input.occurredOn() == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "occurredOn", "journal.occurredOn.required"));
        } else if (input.occurredOn().isAfter(LocalDate.now(clock))) {
            violations.add(RuleViolation.onField(Check.INPUT, "occurredOn", "journal.occurredOn.future"));
        }
        validateText(input.text(), violations);
        if (input.visibility() == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "visibility", "journal.visibility.required"));
        }
        Refusal.throwIfAny(violations);
    }

    private static void validateText(String text, List<RuleViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(RuleViolation.onField(Check.INPUT, "text", "journal.text.required"));
        } else if (text.strip().length() > TEXT_MAX) {
            violations.add(RuleViolation.onField(Check.INPUT, "text", "journal.text.tooLong", TEXT_MAX));
        }
    }

    private long save(CourseFacts course, EntryInput input, Long correctsId) {
        CurrentUser user = currentUsers.require();
        long id = store.insert(new JournalStore.NewEntry(course.id(), input.kind(), input.occurredOn(), input.text().strip(),
                input.visibility(), user.id(), user.displayName(), user.role().name(), Instant.now(clock), correctsId));
        String details = "course " + course.id() + ", " + input.kind() + ", " + input.visibility()
                + (correctsId == null ? "" : ", corrects entry " + correctsId);
        audit.record(correctsId == null ? "JOURNAL_ENTRY_WRITTEN" : "JOURNAL_ENTRY_CORRECTED", ENTRY, id, details);
        return id;
    }

    // --- the mentor ---

    /** The mentor's journal of their own active course: the entries marked for the mentor only. */
    @Transactional
    public JournalPage mentorPage(long courseId, int page) {
        CourseFacts course = mentorsCourse(courseId);
        JournalPage entries = store.page(course.id(), true, Math.max(page, 0), PAGE_SIZE);
        audit.record("JOURNAL_READ", COURSE, courseId, "mentor, page " + entries.page());
        return entries;
    }

    /** The mentor's course page's panel: the newest entries for the mentor, or null when not theirs. */
    @Transactional
    public JournalPage mentorPanel(long courseId) {
        CourseFacts course = mentorsActiveCourse(courseId).orElse(null);
        if (course == null) {
            return null; // e.g. an ended course that still owes a report: its page shows no journal
        }
        JournalPage entries = store.page(course.id(), true, 0, PANEL_SIZE);
        audit.record("JOURNAL_READ", COURSE, courseId, "mentor, course page");
        return entries;
    }

    /**
     * A help request, problem report or wish to end the course, dated today and visible to the mentor; the
     * responsible person is told (the event, in this transaction).
     */
    @Transactional
    public long writeAsMentor(long courseId, JournalKind kind, String text) {
        CourseFacts course = mentorsCourse(courseId);
        List<RuleViolation> violations = new ArrayList<>();
        if (kind == null || !kind.mentors()) {
            violations.add(RuleViolation.onField(Check.INPUT, "kind", "journal.mentor.kind.required"));
        }
        validateText(text, violations);
        Refusal.throwIfAny(violations);
        long id = save(course, new EntryInput(kind, LocalDate.now(clock), text, Visibility.MENTOR), null);
        events.publishEvent(new MentorMessageSent(course.id(), id, course.areaId(), course.responsibleUserId(), kind));
        return id;
    }

    /** DOMAIN §1: a mentor reaches only their own ACTIVE course; any other id answers 404, audited. */
    private CourseFacts mentorsCourse(long courseId) {
        return mentorsActiveCourse(courseId).orElseThrow(() -> {
                    audit.recordSeparately(null, AccessChecker.ACCESS_DENIED, COURSE, courseId,
                            "journal: not the mentor's active course");
                    return new NotFoundException(COURSE + " " + courseId);
                });
    }

    private Optional<CourseFacts> mentorsActiveCourse(long courseId) {
        CurrentUser user = currentUsers.require();
        long mentorId = user.is(Role.MENTOR) ? store.mentorOfUser(user.id()).orElse(-1L) : -1L;
        return store.course(courseId)
                .filter(course -> course.mentorId() != null && course.mentorId() == mentorId && course.active());
    }

    /** DP4: the nightly removal of the entries of purged courses. */
    @Transactional
    public int purgeOrphans() {
        return store.purgeOrphans();
    }
}
