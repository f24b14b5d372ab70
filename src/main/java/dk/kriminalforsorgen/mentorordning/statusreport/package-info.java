/**
 * Status reports (statusrapporter, DOMAIN §6, rules S1-S4; cirkulære §8 stk. 2, §14 stk. 2, §17):
 * the versioned template (S2), the monthly and quarterly duty (S1, S3) as a pure function, telephone
 * reports logged by caseworkers, the duty to notify (S4) that stays on the start pages until
 * acknowledged, the responsible person's sign-off with reported against agreed hours (DOMAIN §9,
 * feeds C9), and the mentor's own pages.
 * <p>
 * The module's API is this package: {@link dk.kriminalforsorgen.mentorordning.statusreport.DutyToNotifyRaised}
 * (published when a report raises the duty to notify), its configuration and URL rules. The domain,
 * the use-case services and the read models are in {@code internal}, the pages in {@code web}.
 * It reads courses, clients, mentors and staff through their published views ({@code course_card},
 * {@code client_card}, {@code mentor_card}, {@code course_meeting_dates}) and action plans through
 * {@code ActionPlans}; nothing depends on it in Java. The course feature's pages show what it knows about
 * a course (the reports since the latest meeting on the review page, the reports still missing on the
 * course page) through template fragments that call its {@code @courseReports} bean.
 * <p>
 * An ended course keeps the duty for the months of its active period (up to and including the month it
 * ended): they stay due until delivered, the mentor still sees the course for them, and telephone reports
 * are taken for them (S1; the reports are part of the fee basis, §14 stk. 2). A mentor submits a report
 * after checking the answers on a summary page, and gets a receipt saying what happens next.
 */
package dk.kriminalforsorgen.mentorordning.statusreport;
