/** The directorate's approval queue and decisions (M8), and the M8 panels of the start pages. */
package dk.kriminalforsorgen.mentorordning.approval.web;
