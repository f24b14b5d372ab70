/**
 * The directorate's approval of flagged mentors (rule M8, circular §7 stk. 2): the area's written
 * justification, the queue with waiting times, the decision with its reason, and its return to the area.
 */
package dk.kriminalforsorgen.mentorordning.approval;
