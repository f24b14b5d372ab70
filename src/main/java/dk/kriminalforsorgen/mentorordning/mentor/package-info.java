/**
 * The national mentor registry (DOMAIN §4, §9): mentor profiles, the lifecycle, vetting with consent
 * and criminal-register check (M7, AZ3), the appointment policy of rules M1-M10, workload (M10) and
 * explainable matching of mentors to a client.
 */
package dk.kriminalforsorgen.mentorordning.mentor;
