/**
 * Notifications (issue 11): notices to the people who must act, in the application and by e-mail.
 * <p>
 * The API is this package: the catalogue {@link dk.kriminalforsorgen.mentorordning.notification.NoticeKind}
 * (one entry per kind of notice: what causes it, who gets it, by which channels, its Danish text; listed in
 * {@code docs/notifications.md} and shown to the directorate) and
 * {@link dk.kriminalforsorgen.mentorordning.notification.Notifications}, which records a notice once per person
 * and occasion and queues its e-mail in the same transaction. The module listens to other modules' events
 * ({@code statusreport.DutyToNotifyRaised}, {@code course.MentorAppointed}, {@code approval.MentorApprovalDecided},
 * {@code security.StaffMemberWithdrawn}, {@code mentor.MentorWithdrawn}, {@code journal.MentorMessageSent}) and runs
 * the deadline reminders itself (daily, once across instances): C5 kick-off and C8 review due soon, today and
 * overdue, S1/S3 reports due and overdue, reports waiting for sign-off, M8 cases waiting at the directorate,
 * expiring or expired vetting, E9 offers missing; and the weekly digest per caseworker and coordinator (which a
 * person may turn off). Other modules do not call it. The jobs read other modules' published views and summaries
 * only ({@code course_card}, {@code course_duty_summary}, {@code status_report_card}, {@code approval_case_card},
 * {@code mentor_vetting_card}, {@code staff_card} and {@code client_offer_due_card}, V810), one set-based query per
 * deadline, never one per course. {@code internal} holds the listeners, jobs, store and mail sender; {@code web}
 * the pages.
 * <p>
 * Privacy (issue 11 §4): a notice and its e-mail carry no CPR number, no client name, no criminal-record detail
 * and no report text: the kind's short Danish text, at most a date, and a link into the system, where access is
 * checked and audited. Every notice and every send is audited.
 * <p>
 * Issue 14: the account invitation ({@code security.AccountInvitationIssued}, heard synchronously in the issuing
 * transaction so that the token never reaches the event publication registry) is e-mail only and carries a one-time
 * link: the token is kept apart from the stored body ({@code notice_mail_secret}, V041) and deleted once the e-mail
 * is sent or given up, so the outbox page never shows a usable link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dk.kriminalforsorgen.mentorordning.notification;
