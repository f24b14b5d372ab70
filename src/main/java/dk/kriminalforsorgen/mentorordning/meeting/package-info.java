/**
 * Meetings of a mentor course: the kick-off meeting (C5, cirkulære §12) and the quarterly reviews
 * (C8, §13 stk. 3-4) with the schedule "next review = latest meeting + 3 months". Knows only course
 * ids; the course feature checks the course's state and area before it calls {@link Meetings}.
 */
package dk.kriminalforsorgen.mentorordning.meeting;
