/**
 * Retention and subject access (SECURITY DP4, DP5). {@link dk.kriminalforsorgen.mentorordning.retention.RetentionJob}
 * purges everything about a client once their case has been over for the retention period, through the database
 * function {@code retention_purge_client} (Flyway V620); {@link dk.kriminalforsorgen.mentorordning.retention.SubjectAccessExport}
 * gives the directorate everything stored about one client or one mentor as JSON, through the published functions
 * {@code subject_access_client} and {@code subject_access_mentor} (V621), with {@code subject_access_mentor_training} (V230, the mentor module). This module reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention and subject access")
package dk.kriminalforsorgen.mentorordning.retention;
