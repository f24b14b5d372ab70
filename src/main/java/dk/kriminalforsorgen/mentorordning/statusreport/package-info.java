/**
 * Status reports (statusrapporter, DOMAIN §6, rules S1-S4; cirkulære §8 stk. 2, §14 stk. 2, §17):
 * the versioned template (S2), the monthly and quarterly duty (S1, S3) as a pure function
 * ({@link dk.kriminalforsorgen.mentorordning.statusreport.ReportDuty}), telephone reports logged by
 * caseworkers, the duty to notify (S4) that stays on the start pages until acknowledged, the
 * responsible person's sign-off with reported against agreed hours (DOMAIN §9, feeds C9), and the
 * mentor's own pages. Reads courses, meetings and action plans by course id; nothing depends on it.
 */
package dk.kriminalforsorgen.mentorordning.statusreport;
