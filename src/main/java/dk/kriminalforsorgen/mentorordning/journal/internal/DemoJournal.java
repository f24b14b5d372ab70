package dk.kriminalforsorgen.mentorordning.journal.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Demo journal entries (profile {@code demo}, issue 17), dates relative to the clock, idempotent: on the demo
 * mentor's active course, if its journal is empty: a staff-only contact with the municipality, a telephone call and
 * an agreement visible to the mentor, a correction of the agreement by the coordinator (the original stays, marked
 * corrected), and a help request from the mentor.
 */
@Component
@Profile("demo")
@Order(60)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoJournal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJournal.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private record Author(long id, String name, String role) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> courses = jdbc.queryForList("""
                select k.id, k.responsible_user_id, m.user_id as mentor_user_id from course_card k
                join mentor_card m on m.id = k.mentor_id
                join staff_card u on u.id = m.user_id
                where k.state = 'ACTIVE' and u.username = 'mentor' and k.responsible_user_id is not null
                order by k.start_date, k.id limit 1
                """);
        if (courses.isEmpty()) {
            log.info("Demo journal: the demo mentor has no active course");
            return;
        }
        long courseId = ((Number) courses.get(0).get("id")).longValue();
        if (jdbc.queryForObject("select count(*) from journal_entry where course_id = ?", Long.class, courseId) > 0) {
            return;
        }
        Author responsible = author(((Number) courses.get(0).get("responsible_user_id")).longValue());
        Author mentor = author(((Number) courses.get(0).get("mentor_user_id")).longValue());
        List<Long> coordinators = jdbc.queryForList(
                "select id from staff_card where username = 'tovholder' and enabled", Long.class);
        Author coordinator = coordinators.isEmpty() ? responsible : author(coordinators.get(0));
        LocalDate today = LocalDate.now(clock);

        insert(courseId, "CONTACT_MUNICIPALITY", today.minusDays(20), "STAFF", responsible, null,
                "Telefonmøde med jobcentret (kommunens kontaktperson). Klientens jobplan bygger på praktik i en "
                        + "cykelforretning; vi undgår at sætte et parallelt forløb i gang. Intern vurdering: klienten "
                        + "virker presset af gæld.");
        insert(courseId, "PHONE_CALL", today.minusDays(12), "MENTOR", responsible, null,
                "Ringede til mentoren. Mødet med klienten i sidste uge gik godt; de har været i svømmehallen.");
        long agreement = insert(courseId, "AGREEMENT", today.minusDays(10), "MENTOR", responsible, null,
                "Aftalt med mentor og klient: møde hver onsdag kl. 16.");
        insert(courseId, "AGREEMENT", today.minusDays(10), "MENTOR", coordinator, agreement,
                "Aftalt med mentor og klient: møde hver torsdag kl. 16 (ikke onsdag, som først skrevet).");
        insert(courseId, "HELP_REQUEST", today.minusDays(3), "MENTOR", mentor, null,
                "Klienten spørger til hjælp med at søge boligstøtte. Kan I hjælpe, eller hvem skal han kontakte?");
        log.info("Demo journal: five entries on course {}", courseId);
    }

    private Author author(long userId) {
        return jdbc.queryForObject("select id, display_name, role from staff_card where id = ?",
                (rs, i) -> new Author(rs.getLong("id"), rs.getString("display_name"), rs.getString("role")), userId);
    }

    private long insert(long courseId, String kind, LocalDate on, String visibility, Author author, Long corrects,
                        String text) {
        Instant written = on.atStartOfDay(clock.getZone()).toInstant().plus(15, ChronoUnit.HOURS)
                .plus(corrects == null ? 0 : 1, ChronoUnit.DAYS);
        return jdbc.queryForObject("""
                insert into journal_entry (course_id, kind, occurred_on, text, visibility, author_user_id, author_name,
                                           author_role, written_at, corrects_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, courseId, kind, Date.valueOf(on), text, visibility, author.id(), author.name(),
                author.role(), Timestamp.from(written), corrects);
    }
}
