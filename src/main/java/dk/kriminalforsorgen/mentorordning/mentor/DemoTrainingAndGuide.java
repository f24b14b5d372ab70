package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Issue 17, demo profile only: trainings on the demo mentors (Karim Nielsen and Lone Andersen took the
 * introduction, Jesper Kristensen did not, so the coordinator's start page names him) and a first version of the
 * mentor guide written by the demo directorate user. Runs after {@link DemoMentors}; does nothing when there are
 * trainings or a guide already (a restart).
 */
@Component
@Profile("demo")
@Order(32)
@RequiredArgsConstructor
class DemoTrainingAndGuide implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(Instant.now(clock));
        Integer trainings = jdbc.queryForObject("select count(*) from mentor_training", Integer.class);
        if (trainings != null && trainings == 0) {
            training("Karim", "Nielsen", TrainingKind.INTRODUCTION, "Introduktion til mentorordningen, Hovedstaden",
                    today.minusMonths(10), "7.5", now);
            training("Lone", "Andersen", TrainingKind.INTRODUCTION, "Introduktion til mentorordningen, Hovedstaden",
                    today.minusYears(2), "7.5", now);
            training("Lone", "Andersen", TrainingKind.FOLLOW_UP, "Temadag: samtaler om netværk og misbrug",
                    today.minusMonths(4), "4", now);
            training("Birgit", "Lauridsen", TrainingKind.INTRODUCTION, "Introduktion til mentorordningen, Syddanmark",
                    today.minusMonths(14), "7", now);
        }
        Integer guides = jdbc.queryForObject("select count(*) from mentor_guide_version", Integer.class);
        List<Long> directorate = jdbc.queryForList("select id from app_user where username = ?", Long.class,
                DemoUsers.DIRECTORATE);
        if (guides != null && guides == 0 && !directorate.isEmpty()) {
            jdbc.update("""
                    insert into mentor_guide_version (number, body, created_at, created_by, created_by_name)
                    select 1, ?, ?, id, display_name from app_user where id = ?""", GUIDE, now, directorate.get(0));
        }
    }

    private void training(String first, String last, TrainingKind kind, String name, LocalDate on, String hours,
                          Timestamp now) {
        jdbc.update("""
                insert into mentor_training (mentor_id, kind, name, taken_on, hours, recorded_at, recorded_by)
                select id, ?, ?, ?, ?, ?, ? from mentor where first_name = ? and last_name = ?""",
                kind.name(), name, Date.valueOf(on), new BigDecimal(hours), now, DemoUsers.COORDINATOR, first, last);
    }

    /** A fictional first guide: what a new mentor most often asks about. */
    static final String GUIDE = """
            # Velkommen som mentor
            Som mentor er du en fast voksen, som den dømte kan spejle sig i og få støtte af. Du er frivillig, og du \
            arbejder sammen med den dømtes kontaktperson i Kriminalforsorgen.

            ## Det første møde
            Kort efter starten holder I et møde, hvor I aftaler, hvem der gør hvad. Aftalerne står i handleplanen, \
            som du kan læse under dit forløb.
            - Tag det roligt: det er helt normalt, at tilliden tager tid.
            - Aftal faste tidspunkter, og hold dem.
            - Sig til, hvis noget i aftalerne ikke passer.

            ## Når noget går galt
            Ring til kontaktpersonen, hvis du er bekymret. Hører du om noget strafbart, skal du sige det til \
            Kriminalforsorgen (§8 stk. 2).

            ## Statusrapporter
            Skriv en kort statusrapport hver måned. Fortæl hvad I har lavet, og hvordan det går med målene.
            """;
}
