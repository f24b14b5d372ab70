/** The start page of each role (DOMAIN §7): what is due first. Features add their panels here. */
package dk.kriminalforsorgen.mentorordning.dashboard;
