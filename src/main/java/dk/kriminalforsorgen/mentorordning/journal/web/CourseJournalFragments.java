package dk.kriminalforsorgen.mentorordning.journal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.journal.internal.JournalPage;
import dk.kriminalforsorgen.mentorordning.journal.internal.JournalService;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * What the course page and the mentor's course page show of the journal, called from their templates
 * ({@code @courseJournal}) so that neither the course nor the status-report feature depends on this one in Java.
 */
@Component("courseJournal")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseJournalFragments {

    private final JournalService journal;
    private final Clock clock;

    /** The newest entries of a course for staff, or null when the course is not the user's to see. */
    public JournalService.StaffView staff(long courseId) {
        return journal.panel(courseId);
    }

    /** The newest entries marked for the mentor, or null when the course is not the mentor's active course. */
    public JournalPage mentor(long courseId) {
        return journal.mentorPanel(courseId);
    }

    /** The course page's entry form is dated today unless changed (ISO, as {@code <input type="date">} expects). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Option> kinds() {
        return JournalOptions.staffKinds();
    }

    public List<Option> visibilities() {
        return JournalOptions.visibilities();
    }
}
