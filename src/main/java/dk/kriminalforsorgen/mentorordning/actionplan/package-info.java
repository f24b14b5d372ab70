/**
 * Action plans (handleplan, cirkulære §9 and §13): the need for a mentor (C4), goals tied to the
 * LS/RNR need areas, the division of tasks between mentor and service by the four task groups (C6),
 * in numbered versions that a quarterly review may add to (C8). Knows only course ids; the course
 * feature checks access (C1, AZ2) and audits before it calls {@link ActionPlans}.
 */
package dk.kriminalforsorgen.mentorordning.actionplan;
