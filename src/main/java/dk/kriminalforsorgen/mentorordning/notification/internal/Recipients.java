package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    List<Long> coordinators(Long areaId) {
        if (areaId == null) {
            return List.of();
        }
        return jdbc.queryForList("select id from staff_card where role = 'COORDINATOR' and area_id = ? and enabled order by id",
                Long.class, areaId);
    }

    /**
     * Issue 10: everyone a daily run may notify, read once for the run ({@link Directory}) instead of once per
     * occasion: the enabled users with their role and area, and the registry mentors' users. One statement.
     */
    Directory directory() {
        Directory directory = new Directory();
        jdbc.query("""
                select s.id, s.role, s.area_id, m.id as mentor_id
                from staff_card s left join mentor_card m on m.user_id = s.id
                where s.enabled
                order by s.id
                """, rs -> {
            long id = rs.getLong(1);
            String role = rs.getString(2);
            Long area = (Long) rs.getObject(3, Long.class);
            Long mentor = (Long) rs.getObject(4, Long.class);
            directory.enabled.add(id);
            if ("COORDINATOR".equals(role) && area != null) {
                directory.coordinators.computeIfAbsent(area, a -> new ArrayList<>()).add(id);
            } else if ("CASEWORKER".equals(role) && area != null) {
                directory.caseworkerArea.put(id, area);
            } else if ("DIRECTORATE".equals(role)) {
                directory.directorate.add(id);
            }
            if (mentor != null) {
                directory.mentorUsers.put(mentor, id);
            }
        });
        return directory;
    }

    /**
     * The recipients of one run, with the same answers as the lookups above (enabled users only, the coordinators of
     * the given area only, in order of id), from memory.
     */
    static final class Directory {

        private final Set<Long> enabled = new HashSet<>();
        private final Map<Long, List<Long>> coordinators = new HashMap<>();
        private final Map<Long, Long> caseworkerArea = new HashMap<>();
        private final List<Long> directorate = new ArrayList<>();
        private final Map<Long, Long> mentorUsers = new HashMap<>();

        /** As {@link Recipients#responsible}. */
        List<Long> responsible(Long responsibleUserId) {
            return responsibleUserId != null && enabled.contains(responsibleUserId) ? List.of(responsibleUserId) : List.of();
        }

        /** As {@link Recipients#coordinators}. */
        List<Long> coordinators(Long areaId) {
            return areaId == null ? List.of() : coordinators.getOrDefault(areaId, List.of());
        }

        /** As {@link Recipients#responsibleAndCoordinators}. */
        List<Long> responsibleAndCoordinators(Long responsibleUserId, Long areaId) {
            List<Long> recipients = new ArrayList<>(responsible(responsibleUserId));
            recipients.addAll(coordinators(areaId));
            return recipients;
        }

        /** As {@link Recipients#mentorUser(Long)}. */
        List<Long> mentorUser(Long mentorId) {
            Long user = mentorId == null ? null : mentorUsers.get(mentorId);
            return user == null ? List.of() : List.of(user);
        }

        /** The enabled users of the directorate (national: M8 cases of every area), in order of id. */
        List<Long> directorate() {
            return directorate;
        }

        /**
         * E9: the caseworker who registered the client, if still an enabled caseworker of the client's area (a
         * caseworker moved to another area must not be told about this area's client), then the area's coordinators.
         */
        List<Long> registrarAndCoordinators(Long registeredBy, Long areaId) {
            List<Long> recipients = new ArrayList<>();
            if (registeredBy != null && areaId != null && areaId.equals(caseworkerArea.get(registeredBy))) {
                recipients.add(registeredBy);
            }
            recipients.addAll(coordinators(areaId));
            return recipients;
        }
    }
}
