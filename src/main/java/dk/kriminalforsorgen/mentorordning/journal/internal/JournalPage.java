package dk.kriminalforsorgen.mentorordning.journal.internal;

import java.util.List;

/** One page of a course's journal, newest first (page numbers from 0; no count query). */
public record JournalPage(List<JournalEntry> entries, int page, boolean hasNext) {
}
