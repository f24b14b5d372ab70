package dk.kriminalforsorgen.mentorordning.journal.web;

import java.time.LocalDate;

import dk.kriminalforsorgen.mentorordning.journal.JournalKind;
import dk.kriminalforsorgen.mentorordning.journal.Visibility;
import dk.kriminalforsorgen.mentorordning.journal.internal.JournalEntry;
import dk.kriminalforsorgen.mentorordning.journal.internal.JournalService.EntryInput;

/** The staff's entry form (a new entry or a correction). */
public class JournalForm {

    private JournalKind kind;
    private LocalDate occurredOn;
    private String text;
    private Visibility visibility;

    public JournalKind getKind() { return kind; }
    public void setKind(JournalKind kind) { this.kind = kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }

    static JournalForm on(LocalDate day) {
        JournalForm form = new JournalForm();
        form.setOccurredOn(day);
        form.setVisibility(Visibility.STAFF);
        return form;
    }

    /** A correction starts from the corrected entry. */
    static JournalForm of(JournalEntry entry) {
        JournalForm form = new JournalForm();
        form.setKind(entry.kind());
        form.setOccurredOn(entry.occurredOn());
        form.setText(entry.text());
        form.setVisibility(entry.visibility());
        return form;
    }

    EntryInput input() {
        return new EntryInput(kind, occurredOn, text, visibility);
    }
}
