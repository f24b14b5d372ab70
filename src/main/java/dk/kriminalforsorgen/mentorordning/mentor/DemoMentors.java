package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Demo mentors (DOMAIN §8, profile {@code demo} only): fictional people in every registry state, so a
 * newcomer sees each rule at work: one awaiting the directorate (M8), one at the workload ceiling
 * (M10), an employee of KiF København Nord where the demo client Ahmad Rahimi is supervised (M5), the
 * client's uncle (M6), one with expired vetting, one temporarily unavailable, one proposed by a client
 * (C3), one linked to the demo user {@code mentor} and mentoring the demo client Ida Jensen. Dates are relative
 * to the clock. Idempotent: a mentor who exists (same name and birth date) is left as is.
 */
@Component
@Profile("demo")
@Order(30)
@RequiredArgsConstructor
public class DemoMentors implements ApplicationRunner {

    static final String BY = "demo";
    static final long HOVEDSTADEN = 1;
    static final long SYDDANMARK = 3;
    static final long MIDT_NORDJYLLAND = 4;
    static final long KIF_KOEBENHAVN_NORD = 104;

    private static final Logger log = LoggerFactory.getLogger(DemoMentors.class);

    private final MentorRepository mentors;
    private final JdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final Clock clock;
    private LocalDate today;
    private Long proposedFor;
    private Instant now;
    private int created;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        today = LocalDate.now(clock);
        now = Instant.now(clock);
        created = 0;

        Mentor karim = mentor("Karim", "Nielsen", 1979, 3, 14, "2200", "København N", HOVEDSTADEN, null, "12",
                Set.of(NeedArea.EDUCATION_EMPLOYMENT, NeedArea.COMPANIONS), Set.of(TaskGroup.PRACTICAL, TaskGroup.PERSONAL),
                Set.of("ar", "en"), true, m -> approve(m, 300));
        if (karim != null) {
            linkUser(karim, DemoUsers.MENTOR);
            // Ida Jensen's mentor: her course continues after supervision ended (C13), so Karim ranks first for her.
            commit(karim, clientId("Ida", "Jensen"), "Mentorforløb med Ida Jensen (demo)", "7.5");
        }
        Mentor lone = mentor("Lone", "Andersen", 1968, 9, 2, "2100", "København Ø", HOVEDSTADEN, null, "20",
                Set.of(NeedArea.FAMILY_MARITAL, NeedArea.LEISURE_RECREATION), Set.of(TaskGroup.PERSONAL, TaskGroup.COMMUNICATION),
                Set.of(), true, m -> approve(m, 500));
        if (lone != null) {
            commit(lone, clientId("Sofie", "Lindberg"), "Mentorforløb med Sofie Lindberg (demo)", "8");
            commit(lone, clientId("Line", "Mortensen"), "Mentorforløb med Line Mortensen (demo)", "6");
            commit(lone, null, "Mentorforløb (demo)", "4.5");
        }
        mentor("Henrik", "Mortensen", 1975, 6, 21, "2400", "København NV", HOVEDSTADEN, KIF_KOEBENHAVN_NORD, "8",
                Set.of(NeedArea.CRIMINAL_HISTORY, NeedArea.PROCRIMINAL_ATTITUDE), Set.of(TaskGroup.RESOCIALISATION),
                Set.of("en"), true, m -> approve(m, 200));
        mentor("Fatima", "Jama", 1985, 1, 30, "2300", "København S", HOVEDSTADEN, null, "10",
                Set.of(NeedArea.EDUCATION_EMPLOYMENT, NeedArea.FAMILY_MARITAL), Set.of(TaskGroup.COMMUNICATION),
                Set.of("ar", "so"), true, m -> approve(m, 25 * 31));
        Mentor jesper = mentor("Jesper", "Kristensen", 1972, 11, 5, "3400", "Hillerød", HOVEDSTADEN, null, "10",
                Set.of(NeedArea.ALCOHOL_DRUG, NeedArea.LEISURE_RECREATION), Set.of(TaskGroup.PRACTICAL),
                Set.of(), true, m -> approve(m, 150));
        if (jesper != null) {
            jesper.markUnavailable(today.plusDays(21), today);
        }
        mentor("Hanne", "Rasmussen", 1966, 4, 17, "2500", "Valby", HOVEDSTADEN, null, "10",
                Set.of(NeedArea.COMPANIONS, NeedArea.ANTISOCIAL_PATTERN), Set.of(TaskGroup.PERSONAL),
                Set.of("pl"), false, m -> {
                    checked(m, RecordResult.REGISTERED, 20, "Betinget dom for berigelseskriminalitet i 2009; ingen senere registreringer.");
                    m.flagForDirectorate("Forholdet er mere end 15 år gammelt. Kandidaten har i ti år arbejdet frivilligt med unge i Valby og er anbefalet af to referencer.",
                            "tovholder", ago(6), today, properties);
                });
        mentor("Camilla", "Friis", 1990, 8, 8, "2450", "København SV", HOVEDSTADEN, null, "6",
                Set.of(NeedArea.EDUCATION_EMPLOYMENT), Set.of(TaskGroup.PRACTICAL),
                Set.of("en", "de"), false, m -> checked(m, RecordResult.REGISTERED, 3, "Bøde for færdselsforseelse 2019."));
        mentor("Peter", "Holm", 1981, 2, 11, "2800", "Kongens Lyngby", HOVEDSTADEN, null, "8",
                Set.of(NeedArea.LEISURE_RECREATION), Set.of(TaskGroup.PRACTICAL), Set.of(), true,
                m -> m.recordConsent(HOVEDSTADEN, today.minusDays(4), BY, ago(4), today));
        proposedFor = clientId("Jonas", "Friis");
        mentor("Sara", "Jensen", 1995, 12, 1, "2200", "København N", HOVEDSTADEN, null, "5",
                Set.of(NeedArea.EDUCATION_EMPLOYMENT), Set.of(TaskGroup.COMMUNICATION), Set.of("en"), true, m -> { });
        proposedFor = null;
        mentor("Thomas", "Vinther", 1970, 5, 5, "2700", "Brønshøj", HOVEDSTADEN, null, "10",
                Set.of(), Set.of(TaskGroup.PRACTICAL), Set.of(), true, m -> {
                    checked(m, RecordResult.NOT_REGISTERED, 40, null);
                    m.reject("Trak sin ansøgning tilbage efter samtalen.", "tovholder", ago(35));
                });
        mentor("Anja", "Poulsen", 1963, 7, 29, "2650", "Hvidovre", HOVEDSTADEN, null, "8",
                Set.of(NeedArea.FAMILY_MARITAL), Set.of(TaskGroup.PERSONAL), Set.of(), true, m -> {
                    approve(m, 400);
                    m.deactivate("Orlov i et halvt år.", "tovholder", ago(30));
                });
        mentor("Niels", "Eriksen", 1950, 10, 10, "2900", "Hellerup", HOVEDSTADEN, null, "4",
                Set.of(NeedArea.CRIMINAL_HISTORY), Set.of(TaskGroup.RESOCIALISATION), Set.of(), true, m -> {
                    approve(m, 600);
                    m.retire("Er flyttet til udlandet.", "tovholder", ago(60));
                });
        mentor("Ole", "Madsen", 1960, 3, 3, "2200", "København N", HOVEDSTADEN, null, "10",
                Set.of(NeedArea.ALCOHOL_DRUG, NeedArea.COMPANIONS), Set.of(TaskGroup.PERSONAL, TaskGroup.RESOCIALISATION),
                Set.of("ar"), true, m -> {
                    checked(m, RecordResult.REGISTERED, 120, "Dom for narkotikabesiddelse 1998.");
                    m.flagForDirectorate("Forholdet er over 25 år gammelt; kandidaten er uddannet misbrugsbehandler.",
                            "tovholder", ago(110), today, properties);
                    m.directorateDecision(true, "Forholdets alder og kandidatens uddannelse taler for godkendelse.",
                            "direktorat", ago(100));
                });
        mentor("Ahmed", "Yilmaz", 1982, 9, 19, "5000", "Odense C", SYDDANMARK, null, "10",
                Set.of(NeedArea.EDUCATION_EMPLOYMENT, NeedArea.COMPANIONS), Set.of(TaskGroup.PRACTICAL, TaskGroup.COMMUNICATION),
                Set.of("tr", "de"), true, m -> approve(m, 250));
        Mentor birgit = mentor("Birgit", "Lauridsen", 1969, 2, 14, "6700", "Esbjerg", SYDDANMARK, null, "18",
                Set.of(NeedArea.FAMILY_MARITAL), Set.of(TaskGroup.PERSONAL), Set.of(), true, m -> approve(m, 350));
        if (birgit != null) {
            commit(birgit, clientId("Mikkel", "Thomsen"), "Mentorforløb med Mikkel Thomsen (demo)", "9");
            commit(birgit, null, "Mentorforløb (demo)", "7");
        }
        mentor("Rasmus", "Skov", 1988, 6, 6, "8000", "Aarhus C", MIDT_NORDJYLLAND, null, "10",
                Set.of(NeedArea.LEISURE_RECREATION, NeedArea.EDUCATION_EMPLOYMENT), Set.of(TaskGroup.PRACTICAL),
                Set.of("en"), true, m -> approve(m, 180));
        // M6: Ole Madsen is Ahmad Rahimi's uncle, so he can never be his mentor.
        closeRelation("Ole", "Madsen", clientId("Ahmad", "Rahimi"), "CLIENT", "Morbror til klienten.");
        if (created > 0) {
            log.info("{} demo mentors created", created);
        }
    }

    private Mentor mentor(String first, String last, int year, int month, int day, String postalCode, String city,
                          long area, Long employeeUnit, String hours, Set<NeedArea> needs, Set<TaskGroup> tasks,
                          Set<String> languages, boolean confidentiality, Consumer<Mentor> history) {
        LocalDate birth = LocalDate.of(year, month, day);
        if (mentors.existsByFirstNameAndLastNameAndBirthDate(first, last, birth)) {
            return null;
        }
        LocalDate declared = today.minusYears(1).isBefore(birth.plusYears(18)) ? today : today.minusMonths(13);
        String email = (first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@example.dk";
        MentorProfile profile = new MentorProfile(first, last, birth, email, "+45 30 00 00 00", "Demovej 1", postalCode,
                city, area, true, declared, declared, confidentiality ? declared : null, employeeUnit, new BigDecimal(hours),
                confidentiality ? declared.plusMonths(1) : null, needs, tasks, languages);
        Mentor mentor = Mentor.apply(profile, proposedFor, BY, ago(800), today,
                proposedFor == null ? "Ansøgning modtaget" : "Foreslået af klienten (§11)");
        history.accept(mentor);
        mentors.saveAndFlush(mentor);
        created++;
        return mentor;
    }

    /** Consent, a clean record check {@code daysAgo} days ago and the area's approval. */
    private void approve(Mentor m, int daysAgo) {
        checked(m, RecordResult.NOT_REGISTERED, daysAgo, null);
        LocalDate checkedOn = today.minusDays(daysAgo);
        // An expired check is approved as it was at the time it was made.
        m.approve("Egnet efter samtale og referencer.", "tovholder", ago(daysAgo - 1), checkedOn.plusDays(1), properties);
    }

    private void checked(Mentor m, RecordResult result, int daysAgo, String notes) {
        LocalDate checkedOn = today.minusDays(daysAgo);
        m.recordConsent(m.getHomeAreaId(), checkedOn.minusDays(7), "tovholder", ago(daysAgo + 7), checkedOn);
        m.recordCheck(checkedOn, result, notes, "tovholder", ago(daysAgo), checkedOn);
    }

    private void commit(Mentor mentor, Long clientId, String description, String hours) {
        jdbc.update("""
                insert into mentor_commitment (mentor_id, client_id, description, hours_per_week, active, started_on,
                                               created_at, created_by)
                values (?, ?, ?, ?, true, ?, ?, ?)
                """, mentor.getId(), clientId, description, new BigDecimal(hours), Date.valueOf(today.minusMonths(2)),
                Timestamp.from(now), BY);
    }

    /** A demo client's id (DemoClients runs first, @Order(20)), or null without the client demo data. */
    private Long clientId(String first, String last) {
        return jdbc.query("select id from client_card where first_name = ? and last_name = ? order by id limit 1",
                rs -> rs.next() ? rs.getLong(1) : null, first, last);
    }

    private void closeRelation(String mentorFirst, String mentorLast, Long clientId, String declaredBy, String description) {
        if (clientId == null) {
            return;
        }
        jdbc.update("""
                insert into mentor_close_relation (mentor_id, client_id, declared_by, description, recorded_at, recorded_by)
                select m.id, ?, ?, ?, ?, ? from mentor m where m.first_name = ? and m.last_name = ?
                on conflict (mentor_id, client_id) do nothing
                """, clientId, declaredBy, description, Timestamp.from(now), BY, mentorFirst, mentorLast);
    }

    private void linkUser(Mentor mentor, String username) {
        Long userId = jdbc.query("select id from staff_card where lower(username) = lower(?)",
                rs -> rs.next() ? rs.getLong(1) : null, username);
        if (userId != null) {
            mentor.linkUser(userId);
        }
    }

    private Instant ago(int days) {
        return now.minus(Duration.ofDays(days));
    }
}
