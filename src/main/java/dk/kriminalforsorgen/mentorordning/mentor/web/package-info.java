/** The registry's pages: search, a mentor's record and lifecycle actions, matching for a client, workload (DOMAIN §4, §9). */
package dk.kriminalforsorgen.mentorordning.mentor.web;
