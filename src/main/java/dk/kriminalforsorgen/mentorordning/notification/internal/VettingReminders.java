package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.RegistryProperties;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;

/**
 * DOMAIN §9 (vetting that expires): a criminal-register check is valid {@code registry.vetting-validity}. A mentor
 * whose check expires within {@code registry.vetting-expiry-warning} (an approved mentor, or one with active
 * courses), or has expired while the mentor has active courses, reminds the coordinators of the mentor's home area
 * (link to the mentor) and the responsible person of each active course (link to the course, which shows the same
 * warning), once per check. Reads the mentor module's published {@code mentor_vetting_card} (dates and status, never
 * the result, AZ3) and {@code course_card}. The notice names no date: the check's date is for the vetting area's
 * coordinators and the directorate only (AZ3), and the expiry date would give it away.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VettingReminders implements Reminder {

    private final JdbcTemplate jdbc;
    private final RegistryProperties registry;

    private record Course(long id, Long areaId, Long responsibleUserId) {
    }

    private record Row(long mentorId, Long homeAreaId, LocalDate checkedOn, Long courseId, Long courseAreaId,
                       Long responsibleUserId) {
    }

    private record Mentor(long id, Long homeAreaId, LocalDate checkedOn, List<Course> activeCourses) {
    }

    @Override
    public List<Delivery> due(LocalDate today, Recipients.Directory people) {
        LocalDate earliestValidCheck = today.minus(registry.vettingValidity()).plusDays(1);
        LocalDate latestExpiringCheck = today.plus(registry.vettingExpiryWarning()).minus(registry.vettingValidity())
                .plusDays(1);
        List<Row> rows = jdbc.query("""
                select v.mentor_id, v.home_area_id, v.record_checked_on, k.id, k.area_id, k.responsible_user_id
                from mentor_vetting_card v
                left join course_card k on k.mentor_id = v.mentor_id and k.state = 'ACTIVE'
                where v.record_checked_on is not null and v.record_checked_on <= ?
                  and ((v.status = 'APPROVED' and v.record_checked_on >= ?) or k.id is not null)
                order by v.mentor_id, k.id
                """, (rs, i) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getDate(3).toLocalDate(),
                (Long) rs.getObject(4), (Long) rs.getObject(5), (Long) rs.getObject(6)),
                Date.valueOf(latestExpiringCheck), Date.valueOf(earliestValidCheck));
        Map<Long, Mentor> mentors = new LinkedHashMap<>();
        for (Row row : rows) {
            Mentor mentor = mentors.computeIfAbsent(row.mentorId(),
                    id -> new Mentor(id, row.homeAreaId(), row.checkedOn(), new ArrayList<>()));
            if (row.courseId() != null) {
                mentor.activeCourses().add(new Course(row.courseId(), row.courseAreaId(), row.responsibleUserId()));
            }
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Mentor mentor : mentors.values()) {
            LocalDate validUntil = registry.vettingValidUntil(mentor.checkedOn());
            NoticeKind kind = validUntil.isBefore(today) ? NoticeKind.VETTING_EXPIRED : NoticeKind.VETTING_EXPIRING;
            String key = "mentor:" + mentor.id() + ":vetting:" + validUntil;
            Occasion home = new Occasion(kind, key, mentor.homeAreaId(), null, "/mentorer/" + mentor.id(), null);
            people.coordinators(mentor.homeAreaId()).forEach(user -> deliveries.add(new Delivery(home, user)));
            for (Course course : mentor.activeCourses()) {
                Occasion ofCourse = new Occasion(kind, key + ":course:" + course.id(), course.areaId(), course.id(),
                        "/forloeb/" + course.id(), null);
                people.responsible(course.responsibleUserId()).forEach(user -> deliveries.add(new Delivery(ofCourse, user)));
            }
        }
        return deliveries;
    }
}
