/**
 * The audit log (SECURITY AU1-AU3): one append-only row per read, search, change, reveal, export,
 * decision and security event, written in the caller's transaction so that an unrecorded action
 * does not happen (fail closed). The directorate searches it in {@code web}.
 */
package dk.kriminalforsorgen.mentorordning.audit;
