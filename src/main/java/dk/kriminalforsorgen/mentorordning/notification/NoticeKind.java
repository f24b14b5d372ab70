package dk.kriminalforsorgen.mentorordning.notification;

import java.util.EnumSet;
import java.util.Set;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * The notification catalogue (issue 11): one entry per kind of notice. Each names what causes it (an event of
 * another module, or a deadline found by the daily reminder job), who gets it, by which channels, and whether
 * a person may turn its e-mail off. The Danish texts are in {@code i18n/notification.properties} under
 * {@code notice.<KIND>.*}: {@code name} (its short name), {@code title} (the notice itself and the e-mail's subject; {0} is the notice's date,
 * if any), {@code cause} and {@code recipients} (the catalogue). {@code docs/notifications.md} is generated from
 * this enum and the texts ({@code NotificationCatalogueTest} fails while it is stale), and the directorate sees
 * the same table at {@code /notifikationer/katalog}.
 */
public enum NoticeKind {

    /** S4 (§8 stk. 2): a submitted report raises the duty to notify; at once, and e-mail cannot be turned off. */
    DUTY_TO_NOTIFY(Rule.S4, Trigger.EVENT, EnumSet.of(Recipient.RESPONSIBLE, Recipient.AREA_COORDINATORS), true),
    /** A mentor appointed to a course (the course established): the mentor, with the C5 kick-off's last day. */
    MENTOR_APPOINTED(Rule.C5, Trigger.EVENT, EnumSet.of(Recipient.MENTOR), false),
    /** M8 (§7 stk. 2): the directorate's decision on a flagged mentor: the coordinators of the mentor's home area. */
    APPROVAL_DECIDED(Rule.M8, Trigger.EVENT, EnumSet.of(Recipient.AREA_COORDINATORS), false),
    /** C8 (§13 stk. 3-4): the quarterly review is due within 14 days (the daily job). */
    REVIEW_DUE_SOON(Rule.C8, Trigger.DEADLINE, EnumSet.of(Recipient.RESPONSIBLE), false),
    /** C8: the quarterly review is due today. */
    REVIEW_DUE_TODAY(Rule.C8, Trigger.DEADLINE, EnumSet.of(Recipient.RESPONSIBLE), false),
    /** C8 (§13 stk. 4): the quarterly review is overdue: the responsible person and the area's coordinators. */
    REVIEW_OVERDUE(Rule.C8, Trigger.DEADLINE, EnumSet.of(Recipient.RESPONSIBLE, Recipient.AREA_COORDINATORS), false),
    /** Issue 17 (C7, §13 stk. 2): the mentor asks the responsible person for help or reports a problem (journal). */
    MENTOR_HELP_REQUEST(Rule.C7, Trigger.EVENT, EnumSet.of(Recipient.RESPONSIBLE), false),
    /** Issue 17 (C12, §19): the mentor wishes the course to end; the caseworker decides (journal). */
    MENTOR_END_REQUEST(Rule.C12, Trigger.EVENT, EnumSet.of(Recipient.RESPONSIBLE), false),
    /** C5 (§12): the kick-off of an active course is due within {@code kick-off-soon-days}. */
    KICK_OFF_DUE_SOON(Rule.C5, Trigger.DEADLINE, EnumSet.of(Recipient.RESPONSIBLE), false),
    /** C5: the kick-off is due today. */
    KICK_OFF_DUE_TODAY(Rule.C5, Trigger.DEADLINE, EnumSet.of(Recipient.RESPONSIBLE), false),
    /** C5: the kick-off is overdue: the responsible person and the area's coordinators. */
    KICK_OFF_OVERDUE(Rule.C5, Trigger.DEADLINE, EnumSet.of(Recipient.RESPONSIBLE, Recipient.AREA_COORDINATORS), false),
    /** S1 (§17 stk. 1 nr. 1): a month has ended without its report; the mentor, within the grace period. */
    MONTHLY_REPORT_DUE(Rule.S1, Trigger.DEADLINE, EnumSet.of(Recipient.MENTOR), false),
    /** S1: the grace period has passed without the month's report: the mentor and the responsible person. */
    MONTHLY_REPORT_OVERDUE(Rule.S1, Trigger.DEADLINE, EnumSet.of(Recipient.MENTOR, Recipient.RESPONSIBLE), false),
    /** S3 (§17 stk. 1 nr. 2): the quarterly report is due with the review within {@code review-soon-days}: the mentor. */
    QUARTERLY_REPORT_DUE(Rule.S3, Trigger.DEADLINE, EnumSet.of(Recipient.MENTOR), false),
    /** S3: the review's day has passed without the quarterly report: the mentor and the responsible person. */
    QUARTERLY_REPORT_OVERDUE(Rule.S3, Trigger.DEADLINE, EnumSet.of(Recipient.MENTOR, Recipient.RESPONSIBLE), false),
    /** DOMAIN §9 (sign-off): a submitted report waits for acknowledgement longer than {@code sign-off-wait-days}. */
    REPORT_AWAITING_SIGN_OFF(Check.SIGN_OFF, Trigger.DEADLINE, EnumSet.of(Recipient.RESPONSIBLE), false),
    /** M8 (§7 stk. 2): a flagged mentor's case waits at the directorate longer than {@code directorate-wait-days}. */
    APPROVAL_WAITING(Rule.M8, Trigger.DEADLINE, EnumSet.of(Recipient.DIRECTORATE), false),
    /** DOMAIN §9: a mentor's vetting expires within {@code registry.vetting-expiry-warning}. */
    VETTING_EXPIRING(Check.VETTING_VALIDITY, Trigger.DEADLINE,
            EnumSet.of(Recipient.MENTOR_AREA_COORDINATORS, Recipient.RESPONSIBLE), false),
    /** DOMAIN §9: a mentor's vetting has expired while the mentor has active courses. */
    VETTING_EXPIRED(Check.VETTING_VALIDITY, Trigger.DEADLINE,
            EnumSet.of(Recipient.MENTOR_AREA_COORDINATORS, Recipient.RESPONSIBLE), false),
    /** E9: an eligible client has had no offer of a mentor for longer than {@code offer-wait-days}. */
    OFFER_MISSING(Rule.E9, Trigger.DEADLINE, EnumSet.of(Recipient.REGISTERING_CASEWORKER, Recipient.AREA_COORDINATORS),
            false),
    /** DOMAIN §7 (what each user needs to see first): a weekly overview of what is due; a person may turn it off. */
    WEEKLY_DIGEST(null, Trigger.WEEKLY, EnumSet.of(Recipient.CASEWORKERS, Recipient.AREA_COORDINATORS), false),
    /**
     * C7 (§13 stk. 2): a user responsible for active or preparing courses was disabled or moved (area, unit or role):
     * the coordinators of each area where the user has such courses, with a link to reassign them in one go.
     */
    RESPONSIBLE_WITHDRAWN(Rule.C7, Trigger.EVENT, EnumSet.of(Recipient.AREA_COORDINATORS), false),
    /**
     * C1 (§7 stk. 1): a registry mentor with active or preparing courses was made inactive or retired: the
     * coordinators of each area where the mentor has such courses (the area appoints the mentor), with a link to
     * the courses.
     */
    MENTOR_WITHDRAWN(Rule.C1, Trigger.EVENT, EnumSet.of(Recipient.AREA_COORDINATORS), false),
    /**
     * Issue 14: a one-time invitation link (choose your own password) for a new staff or mentor account or after a
     * password reset ({@code security.AccountInvitationIssued}): by e-mail only, to the invited user's own address,
     * and always (the user cannot have chosen otherwise before signing in). Not shown in the application: the user
     * cannot sign in before using the link, and a used link is worthless.
     */
    ACCOUNT_INVITATION(Check.USER_ACCOUNT, Trigger.EVENT, EnumSet.of(Recipient.INVITED_USER), true);

    /** What causes a notice. */
    public enum Trigger {
        /** a domain event of another module, at once */
        EVENT,
        /** a deadline, found by the daily reminder job */
        DEADLINE,
        /** the weekly digest job */
        WEEKLY
    }

    /** Who gets a notice. */
    public enum Recipient {
        /** the course's responsible person (C7) */
        RESPONSIBLE,
        /** the coordinators (mentortovholdere) of the course's area, never another area's */
        AREA_COORDINATORS,
        /** the mentor's user */
        MENTOR,
        /** the coordinators of the mentor's home area */
        MENTOR_AREA_COORDINATORS,
        /** the caseworker who registered the client, while a caseworker of the client's area */
        REGISTERING_CASEWORKER,
        /** the directorate's users */
        DIRECTORATE,
        /** each caseworker (for what they are responsible for) */
        CASEWORKERS,
        /** the user invited to choose their own password (staff or mentor) */
        INVITED_USER
    }

    /** How a notice reaches its recipient. */
    public enum Channel {
        IN_APP,
        EMAIL
    }

    private final Ground rule;
    private final Trigger trigger;
    private final Set<Recipient> recipients;
    private final boolean mandatory;

    NoticeKind(Ground rule, Trigger trigger, Set<Recipient> recipients, boolean mandatory) {
        this.rule = rule;
        this.trigger = trigger;
        this.recipients = recipients;
        this.mandatory = mandatory;
    }

    /** The rule or check whose duty or deadline the notice is about; null for the weekly digest. */
    public Ground rule() {
        return rule;
    }

    /** The rule as the catalogue cites it: "S4 (§8 stk. 2)", "SIGN_OFF (DOMAIN §9)". */
    public String citation() {
        if (rule instanceof Rule r) {
            return r.id() + " (" + r.paragraph() + ")";
        }
        if (rule instanceof Check c) {
            return c.id() + " (" + c.source() + ")";
        }
        return "DOMAIN §7";
    }

    public Trigger trigger() {
        return trigger;
    }

    public Set<Recipient> recipients() {
        return recipients;
    }

    /**
     * Every kind but the account invitation is shown in the application; every kind is mailed to a recipient who has
     * an e-mail address.
     */
    public Set<Channel> channels() {
        return this == ACCOUNT_INVITATION ? EnumSet.of(Channel.EMAIL) : EnumSet.allOf(Channel.class);
    }

    /** Whether the notice is shown in the application ({@code /notifikationer}, the unread count). */
    public boolean inApp() {
        return channels().contains(Channel.IN_APP);
    }

    /**
     * Whether a person chooses its e-mail on their settings page: not for the mandatory kinds, the weekly digest
     * (chosen on its own) and the e-mail-only account invitation.
     */
    public boolean choosable() {
        return !mandatory && this != WEEKLY_DIGEST && inApp();
    }

    /** The e-mail of a mandatory kind cannot be turned off (the duty to notify, the account invitation). */
    public boolean mandatory() {
        return mandatory;
    }

    public String nameKey() {
        return "notice." + name() + ".name";
    }

    public String titleKey() {
        return "notice." + name() + ".title";
    }

    public String causeKey() {
        return "notice." + name() + ".cause";
    }

    public String recipientsKey() {
        return "notice." + name() + ".recipients";
    }
}
