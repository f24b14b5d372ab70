/**
 * Reference data (DOMAIN §2, §8): the four areas (kriminalforsorgsområder) and their units, and the 98
 * municipalities by official number (issue 17). Read-only, from Flyway.
 */
package dk.kriminalforsorgen.mentorordning.reference;
