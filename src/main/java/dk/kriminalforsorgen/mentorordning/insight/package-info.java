/**
 * Insight (issue 13; DOMAIN §7 and §9): the compliance panel of a course (E1-E9, C4-C8, S1-S3) and its
 * roll-up per responsible person, unit and area; the directorate's national figures per quarter
 * against the previous quarter, as charts with tables and CSV; the coordinator's data-quality lists.
 * Reads other modules' data only through their published read views; the pages read summary tables
 * that {@link dk.kriminalforsorgen.mentorordning.insight.InsightRefresh} rebuilds once across instances.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package dk.kriminalforsorgen.mentorordning.insight;
