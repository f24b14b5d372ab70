package dk.kriminalforsorgen.mentorordning.meeting;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) files built with ical4j: the invitation of a planned meeting (METHOD REQUEST, or CANCEL when
 * it is called off), with a stable UID per meeting and its SEQUENCE raised on every change, and a user's calendar
 * feed (METHOD PUBLISH). Times are Danish time: DTSTART/DTEND carry TZID Europe/Copenhagen with its VTIMEZONE.
 * The caller gives the texts: they name at most the course's client first name, never a CPR number or record detail.
 */
public final class CalendarFiles {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final String PRODUCT = "-//Kriminalforsorgen//Mentorordning//DA";

    /*
     * ical4j's bundled zone data aliases Europe/Copenhagen to Europe/Berlin (same rules), which would give a VTIMEZONE
     * whose TZID differs from the events'. The rules since 1996 (EU summer time) are written out here instead.
     */
    private static final String COPENHAGEN = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Kriminalforsorgen//Mentorordning//DA
            BEGIN:VTIMEZONE
            TZID:Europe/Copenhagen
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            END:VCALENDAR
            """.replace("\n", "\r\n");

    private CalendarFiles() {
    }

    /** One invitee: the name shown and the e-mail address. */
    public record Invitee(String name, String address) {
    }

    /** The texts of an invitation or feed entry, given by the caller (no CPR, no record details). */
    public record Texts(String summary, String description, String url) {
    }

    /** An invitation to {@code plan} (REQUEST), or its cancellation (CANCEL) when the plan is cancelled. */
    public static String invitation(MeetingPlan plan, Texts texts, String organizer, List<Invitee> invitees,
                                    Instant stamp) {
        boolean cancel = plan.getStatus() == PlanStatus.CANCELLED;
        Calendar calendar = calendar(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent event = meetingEvent(plan, texts, stamp);
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        for (Invitee invitee : invitees) {
            Attendee attendee = new Attendee(URI.create("mailto:" + invitee.address()));
            if (invitee.name() != null) {
                attendee.add(new Cn(invitee.name()));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.FALSE);
            event.add(attendee);
        }
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        calendar.add(event);
        return calendar.toString();
    }

    /** An entry of a calendar feed: a planned meeting (with its time) or a deadline (a whole day). */
    public sealed interface FeedEntry permits PlannedEntry, DeadlineEntry {
    }

    public record PlannedEntry(MeetingPlan plan, Texts texts) implements FeedEntry {
    }

    public record DeadlineEntry(String uid, LocalDate day, Texts texts) implements FeedEntry {
    }

    /** A user's calendar feed (METHOD PUBLISH) named {@code name}. */
    public static String feed(String name, List<FeedEntry> entries, Instant stamp) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (FeedEntry entry : entries) {
            if (entry instanceof PlannedEntry planned) {
                calendar.add(meetingEvent(planned.plan(), planned.texts(), stamp));
            } else if (entry instanceof DeadlineEntry deadline) {
                VEvent event = new VEvent(deadline.day(), deadline.texts().summary());
                event.replace(new DtStamp(stamp));
                event.add(new Uid(deadline.uid()));
                describe(event, deadline.texts());
                event.add(new XProperty("TRANSP", "TRANSPARENT"));
                calendar.add(event);
            }
        }
        return calendar.toString();
    }

    /** Parses iCalendar text (for tests and checks). */
    public static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalArgumentException("not iCalendar: " + e.getMessage(), e);
        }
    }

    private static VEvent meetingEvent(MeetingPlan plan, Texts texts, Instant stamp) {
        ZonedDateTime start = ZonedDateTime.of(plan.getMeetingDate(), plan.getStartTime(), DANISH_TIME);
        ZonedDateTime end = ZonedDateTime.of(plan.getMeetingDate(), plan.getEndTime(), DANISH_TIME);
        VEvent event = new VEvent(start, end, texts.summary());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(plan.uid()));
        event.add(new Sequence(plan.getSequence()));
        event.add(new Location(plan.getPlace()));
        describe(event, texts);
        return event;
    }

    private static void describe(VEvent event, Texts texts) {
        if (texts.description() != null) {
            event.add(new net.fortuna.ical4j.model.property.Description(texts.description()));
        }
        if (texts.url() != null) {
            event.add(new Url(URI.create(texts.url())));
        }
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(copenhagen());
        return calendar;
    }

    private static VTimeZone copenhagen() {
        return parse(COPENHAGEN).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
    }
}
