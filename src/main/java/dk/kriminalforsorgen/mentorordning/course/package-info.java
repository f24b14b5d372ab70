/**
 * Mentor courses (mentorforløb, DOMAIN §5, rules C1-C13; cirkulære §§3, 4, 7, 9-16, 19): preparation
 * with the client's proposal (C3), establishment by the competent area (C1) with action plan (C4, C6),
 * an appointed mentor who passes M1-M10 and a responsible person (C7), hand-over between areas (C2),
 * meetings (C5, C8), fee and grants (C9-C11), ending with coded goal outcomes (C12) and continuation
 * across release and the end of supervision (C13, E6, E8), and the coordinator's reassignment of the open
 * courses of a responsible person or mentor who is gone ({@code CourseReassignment}, issue 11). Orchestrates the
 * {@code actionplan} and {@code meeting} packages, which know only course ids.
 */
package dk.kriminalforsorgen.mentorordning.course;
