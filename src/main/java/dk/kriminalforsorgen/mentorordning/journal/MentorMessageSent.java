package dk.kriminalforsorgen.mentorordning.journal;

/**
 * Published in the transaction that saves a mentor's help request, problem report or wish to end the course
 * ({@link JournalKind#mentors()}), for the responsible person to be told. Ids only: no text, no name.
 */
public record MentorMessageSent(long courseId, long entryId, Long areaId, Long responsibleUserId, JournalKind kind) {
}
