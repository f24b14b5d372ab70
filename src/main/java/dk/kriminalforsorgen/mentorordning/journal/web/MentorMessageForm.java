package dk.kriminalforsorgen.mentorordning.journal.web;

import dk.kriminalforsorgen.mentorordning.journal.JournalKind;

/** The mentor's message to the responsible person: a help request, a problem report or a wish to end the course. */
public class MentorMessageForm {

    private JournalKind kind;
    private String text;

    public JournalKind getKind() { return kind; }
    public void setKind(JournalKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
