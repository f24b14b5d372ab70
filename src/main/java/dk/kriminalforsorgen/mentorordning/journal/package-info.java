/**
 * The course journal (issue 17 item 3): dated entries between a course's formal steps: contact with the client, the
 * mentor or the municipality, telephone calls, visits, meetings outside the formal ones, and what was agreed. Each
 * entry has a coded {@link dk.kriminalforsorgen.mentorordning.journal.JournalKind}, the date of the contact, a text
 * and a {@link dk.kriminalforsorgen.mentorordning.journal.Visibility} (staff only, or also the mentor).
 * <p>
 * Who writes: the course's responsible person (C7, §13 stk. 2) and the coordinators of the course's area; everyone
 * who may see the course reads (its area, the directorate; another area gets 404, audited). The mentor of an active
 * course reads the entries marked for the mentor (never a staff-only one) on their own pages ({@code /mine-forloeb}),
 * and writes a help request, a problem report (below the threshold of the duty to notify, §8 stk. 2, which is the
 * status report's) or a wish to end the course (ending stays the caseworker's decision, §19). Those are published
 * as {@link dk.kriminalforsorgen.mentorordning.journal.MentorMessageSent} in the same transaction; the notification
 * module tells the responsible person.
 * <p>
 * Entries are never edited: a correction is a new entry that names the one it corrects, which stays visible, marked
 * as corrected (who, when). The database refuses update and delete of {@code journal_entry} for every role (a
 * trigger) and the runtime role has no such privilege (migration V390). A correction that makes an entry staff-only
 * withdraws the corrected entry from the mentor's view too (a mistaken share is taken back; staff still see both).
 * Every entry, correction and read is audited in the same transaction.
 * <p>
 * The module reads courses, mentors and users only through their published views ({@code course_card},
 * {@code mentor_card}, {@code staff_card}); the course page and the mentor's course page show it through template
 * fragments ({@code journal/fragments}) that call its {@code @courseJournal} bean, so no module depends on it in
 * Java except the notification module's listener. {@code internal} holds the store and services, {@code web} the
 * pages. Entries of a course removed by the retention purge (DP4) are removed nightly ({@code journal_purge_orphans}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Course journal")
package dk.kriminalforsorgen.mentorordning.journal;
