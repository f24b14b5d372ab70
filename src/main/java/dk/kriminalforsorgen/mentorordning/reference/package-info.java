/** Reference data (DOMAIN §2, §8): the four areas (kriminalforsorgsområder) and their units. Read-only, from Flyway. */
package dk.kriminalforsorgen.mentorordning.reference;
