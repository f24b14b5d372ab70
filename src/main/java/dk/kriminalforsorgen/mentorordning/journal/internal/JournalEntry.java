package dk.kriminalforsorgen.mentorordning.journal.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.kriminalforsorgen.mentorordning.journal.JournalKind;
import dk.kriminalforsorgen.mentorordning.journal.Visibility;

/**
 * One journal entry as a page shows it, with what corrects it (if anything: who and when) and, for a correction, the
 * date and visibility of the entry it corrects.
 */
public record JournalEntry(long id, long courseId, JournalKind kind, LocalDate occurredOn, String text,
                           Visibility visibility, String authorName, String authorRole, Instant writtenAt,
                           Long correctsId, LocalDate correctsOccurredOn, Visibility correctsVisibility,
                           Long correctedById, String correctedByName, Instant correctedAt) {

    public boolean corrected() {
        return correctedById != null;
    }

    public boolean isCorrection() {
        return correctsId != null;
    }

    public boolean byMentor() {
        return kind.mentors();
    }
}
