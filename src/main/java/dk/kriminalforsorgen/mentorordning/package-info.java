/**
 * Mentorordning: case management and the national mentor registry of Kriminalforsorgen's mentor
 * scheme. One package per feature; see DESIGN.md §3 and the rule IDs of DOMAIN.md.
 */
package dk.kriminalforsorgen.mentorordning;
