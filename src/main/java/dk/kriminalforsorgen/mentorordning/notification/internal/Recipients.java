package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Who gets a notice, from the security module's published view {@code staff_card}: enabled users only, and the
 * coordinators of the course's own area only (never another area's, AZ2).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Recipients {

    private final JdbcTemplate jdbc;

    /** The responsible person, if any and enabled, and then the enabled coordinators of the area. */
    List<Long> responsibleAndCoordinators(Long responsibleUserId, Long areaId) {
        List<Long> recipients = new ArrayList<>(responsible(responsibleUserId));
        recipients.addAll(coordinators(areaId));
        return recipients;
    }

    /** A user of role MENTOR linked to the registry mentor, as {@link #mentorUser(long)}, or none. */
    List<Long> mentorUser(Long mentorId) {
        return mentorId == null ? List.of() : mentorUser(mentorId.longValue());
    }

    List<Long> responsible(Long responsibleUserId) {
        if (responsibleUserId == null) {
            return List.of();
        }
        return jdbc.queryForList("select id from staff_card where id = ? and enabled", Long.class, responsibleUserId);
    }

    /** The user of a registry mentor (from the mentor module's {@code mentor_card}), if any and enabled. */
    List<Long> mentorUser(long mentorId) {
        return jdbc.queryForList("select s.id from mentor_card m join staff_card s on s.id = m.user_id where m.id = ? and s.enabled",
                Long.class, mentorId);
    }

    /** The enabled users of the directorate (national: M8 cases of every area). */
    List<Long> directorate() {
        return jdbc.queryForList("select id from staff_card where role = 'DIRECTORATE' and enabled order by id", Long.class);
    }

    /**
     * E9: the caseworker who registered the client, if still an enabled caseworker of the client's area (a caseworker
     * moved to another area must not be told about this area's client), then the area's coordinators.
     */
    List<Long> registrarAndCoordinators(Long registeredBy, Long areaId) {
        List<Long> recipients = new ArrayList<>();
        if (registeredBy != null && areaId != null) {
            recipients.addAll(jdbc.queryForList(
                    "select id from staff_card where id = ? and role = 'CASEWORKER' and area_id = ? and enabled",
                    Long.class, registeredBy, areaId));
        }
        recipients.addAll(coordinators(areaId));
        return recipients;
    }

    List<Long> coordinators(Long areaId) {
        if (areaId == null) {
            return List.of();
        }
        return jdbc.queryForList("select id from staff_card where role = 'COORDINATOR' and area_id = ? and enabled order by id",
                Long.class, areaId);
    }
}
