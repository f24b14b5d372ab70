/** Shared kernel: the clock, rule violations, not-found handling and web glue used by every feature. */
package dk.kriminalforsorgen.mentorordning.shared;
