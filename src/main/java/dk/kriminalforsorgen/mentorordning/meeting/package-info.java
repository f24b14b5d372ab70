/**
 * Meetings of a mentor course: the kick-off meeting (C5, cirkulære §12) and the quarterly reviews
 * (C8, §13 stk. 3-4) with the schedule "next review = latest meeting + 3 months". Knows only course
 * ids; the course feature checks the course's state and area before it calls {@link Meetings}.
 * <p>
 * Issue 12: meetings planned ahead ({@link MeetingPlans}, {@link MeetingPlan}): day, time, place and participants;
 * moved or cancelled with a reason, then recorded as held (pointing to the {@link Meeting} written, from which C8 runs)
 * or as not held. A plan changes no due date. Each change publishes {@link MeetingInvitationIssued} with the iCalendar
 * invitation ({@link CalendarFiles}, built with ical4j: stable UID, rising SEQUENCE, METHOD REQUEST or CANCEL), which
 * the notification module mails. Published view: {@code meeting_plan_card} (V363).
 */
package dk.kriminalforsorgen.mentorordning.meeting;
