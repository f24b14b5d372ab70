package dk.kriminalforsorgen.mentorordning.journal.web;

import java.time.LocalDate;

import dk.kriminalforsorgen.mentorordning.journal.JournalKind;
import dk.kriminalforsorgen.mentorordning.journal.Visibility;
import dk.kriminalforsorgen.mentorordning.journal.internal.JournalEntry;
import dk.kriminalforsorgen.mentorordning.journal.internal.JournalService.EntryInput;

/**
 * The staff's entry form (a new entry or a correction). A record: the controller only builds it through
 * {@link #on} and {@link #of} and reads it through {@link #input()}. An unreadable date or choice still
 * comes back with the other input and the error at its field (constructor binding passes null for it).
 */
public record JournalForm(JournalKind kind, LocalDate occurredOn, String text, Visibility visibility) {

    static JournalForm on(LocalDate day) {
        return new JournalForm(null, day, null, Visibility.STAFF);
    }

    /** A correction starts from the corrected entry. */
    static JournalForm of(JournalEntry entry) {
        return new JournalForm(entry.kind(), entry.occurredOn(), entry.text(), entry.visibility());
    }

    EntryInput input() {
        return new EntryInput(kind, occurredOn, text, visibility);
    }
}
