package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.MentorWithdrawn;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.security.StaffMemberWithdrawn;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * A person a course depends on is gone (issue 11): a responsible user disabled or moved (C7), a registry mentor made
 * inactive or retired (C1: the area appoints the mentor). The publishers (security, mentor) do not know courses; here
 * the open courses (active or preparing, from the course module's published view {@code course_card}) are counted
 * per area, and the coordinators of each such area, and only of those, are told with a link to the course module's
 * reassignment page. Nobody is told when the person had no open course. Like {@link DutyToNotifyListener}: after the
 * publisher's commit, kept by the event publication registry until done, once per occasion.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WithdrawalListener {

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Recipients recipients;

    @ApplicationModuleListener
    void on(StaffMemberWithdrawn event) {
        String occasion = "user:" + event.userId() + ":" + event.change() + ":" + event.at().toEpochMilli();
        tellCoordinators(NoticeKind.RESPONSIBLE_WITHDRAWN, occasion, "responsible_user_id", event.userId(),
                "/forloeb/genfordel/ansvarlig/" + event.userId(), event.on());
    }

    @ApplicationModuleListener
    void on(MentorWithdrawn event) {
        String occasion = "mentor:" + event.mentorId() + ":" + event.status() + ":" + event.at().toEpochMilli();
        tellCoordinators(NoticeKind.MENTOR_WITHDRAWN, occasion, "mentor_id", event.mentorId(),
                "/forloeb/genfordel/mentor/" + event.mentorId(), event.on());
    }

    /** The coordinators of each area with an open course whose {@code column} is the person, linked to reassign. */
    private void tellCoordinators(NoticeKind kind, String occasion, String column, long personId, String link,
                                  LocalDate on) {
        for (Long areaId : areasOfOpenCourses(column, personId)) {
            notifications.notify(new Occasion(kind, occasion, areaId, null, link, DanishFormat.date(on)),
                    recipients.coordinators(areaId));
        }
    }

    /** The areas with an active or preparing course whose {@code column} is the person. */
    private List<Long> areasOfOpenCourses(String column, long personId) {
        return jdbc.queryForList("select distinct area_id from course_card where " + column + " = ? "
                + "and state in ('ACTIVE', 'PREPARING') and area_id is not null order by area_id", Long.class, personId);
    }
}
