package dk.kriminalforsorgen.mentorordning.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProperties;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.ProductionApplication;
import dk.kriminalforsorgen.mentorordning.support.ScratchDatabase;

/**
 * BM1: a backup made by {@code scripts/backup.sh} restores with {@code scripts/restore.sh} into a fresh database, and
 * the application starts on it and reads the data, CPR numbers included, with keys that are not in the dump.
 * BM2: the database of the previous release (v0.1.0: the migrations it applied, with their Flyway checksums, are
 * listed in {@code src/test/resources/previous-release/v0.1.0.txt}) with data in it is migrated to the current release
 * by the application itself at start-up, and the data survives; the listed migrations were never edited since.
 */
class RecoveryTest {

    /** The test profile's keys (application-test.yml): the "secret store" of this test. */
    private static final String ENCRYPTION_KEY = ProductionApplication.ENCRYPTION_KEY;
    private static final String HASH_KEY = ProductionApplication.HASH_KEY;
    private static final String CPR = "010203-1234";

    private final CprProtector cprs = new CprProtector(new CprProperties(ENCRYPTION_KEY, HASH_KEY));

    @Test
    void BM1_aBackupRestoresIntoAFreshDatabaseAndTheApplicationStartsOnIt(@TempDir Path folder) throws Exception {
        try (ScratchDatabase source = ScratchDatabase.create("bm1_source");
             ScratchDatabase restored = ScratchDatabase.named(source.name() + "_restored")) {
            migrate(source, "classpath:db/migration");
            long client = insertClient(jdbc(source), "Gudrun", "Genskabt");

            Path dump = folder.resolve("mentorordning.dump");
            run(source, "scripts/backup.sh", source.name(), dump.toString());
            run(source, "scripts/restore.sh", dump.toString(), restored.name());

            String dumped = run(source, "pg_restore", "--file=-", dump.toString());
            assertThat(dumped).as("the dump as SQL").contains("Genskabt")
                    .as("no CPR number in clear and no key in the dump").doesNotContain(CPR, ENCRYPTION_KEY, HASH_KEY);

            try (ConfigurableApplicationContext app = startApplicationOn(restored)) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                Map<String, Object> row = jdbc.queryForMap("select last_name, cpr_encrypted from client where id = ?", client);
                assertThat(row.get("last_name")).isEqualTo("Genskabt");
                assertThat(app.getBean(CprProtector.class).decrypt((String) row.get("cpr_encrypted")).full()).isEqualTo(CPR);
                assertThat(app.getBean(Flyway.class).info().pending()).as("nothing left to migrate").isEmpty();
                assertThat(jdbc.queryForObject("select count(*) from client_card where id = ?", Integer.class, client)).isOne();

                String anotherKey = Base64.getEncoder().encodeToString(new byte[32]);
                CprProtector withoutTheKey = new CprProtector(new CprProperties(anotherKey, anotherKey));
                assertThatThrownBy(() -> withoutTheKey.decrypt((String) row.get("cpr_encrypted")))
                        .as("the dump alone does not reveal CPR numbers").isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    void BM2_thePreviousReleasesDatabaseIsMigratedToThisReleaseAndItsDataSurvives(@TempDir Path v010) throws Exception {
        Map<String, Integer> applied = previousRelease("previous-release/v0.1.0.txt", v010);
        try (ScratchDatabase database = ScratchDatabase.create("bm2_v010")) {
            migrate(database, "filesystem:" + v010);
            JdbcTemplate old = jdbc(database);
            Map<String, Integer> recorded = new LinkedHashMap<>();
            old.queryForList("select script, checksum from flyway_schema_history where success order by installed_rank")
                    .forEach(row -> recorded.put((String) row.get("script"), (Integer) row.get("checksum")));
            assertThat(recorded).as("v0.1.0's migrations as it applied them: an applied migration is never edited")
                    .isEqualTo(applied);
            long client = insertClient(old, "Holger", "Gammel");
            long mentor = old.queryForObject("""
                    insert into mentor (first_name, last_name, birth_date, home_area_id, speaks_danish, hours_per_week,
                                        status, status_changed_at, created_at, created_by)
                    values ('Mona', 'Mentor', date '1970-01-01', 1, true, 10, 'APPROVED', now(), now(), 'v0.1.0')
                    returning id""", Long.class);
            long user = old.queryForObject("""
                    insert into app_user (username, display_name, password_hash, role, area_id, unit_id, certified_assessor,
                                          enabled, created_at, updated_at)
                    values ('gammel.sagsbehandler', 'Gammel Sagsbehandler', '{noop}x', 'CASEWORKER', 1, 104, true, true, now(), now())
                    returning id""", Long.class);
            long course = old.queryForObject("""
                    insert into mentor_course (client_id, area_id, state, planned_start, mentor_id, agreed_hours,
                                               responsible_user_id, responsible_name, start_date, created_at,
                                               created_by_name, updated_at)
                    values (?, 1, 'ACTIVE', date '2025-01-01', ?, 4, ?, 'Gammel Sagsbehandler', date '2025-01-01', now(),
                            'Gammel Sagsbehandler', now())
                    returning id""", Long.class, client, mentor, user);
            old.update("""
                    insert into status_report (course_id, kind, period_start, period_end, channel, template_version, status,
                                               duty_to_notify, duty_to_notify_text, created_at, created_by_name, submitted_at,
                                               submitted_by_name, updated_at)
                    values (?, 'MONTHLY', date '2025-01-01', date '2025-01-31', 'WRITTEN', 1, 'SUBMITTED', true,
                            'Underretning fra v0.1.0', now(), 'Mona Mentor', now(), 'Mona Mentor', now())""", course);

            try (ConfigurableApplicationContext app = startApplicationOn(database)) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(app.getBean(Flyway.class).info().pending()).as("every current migration applied").isEmpty();
                Map<String, Object> row = jdbc.queryForMap("select last_name, cpr_encrypted from client where id = ?", client);
                assertThat(row.get("last_name")).isEqualTo("Gammel");
                assertThat(app.getBean(CprProtector.class).decrypt((String) row.get("cpr_encrypted")).full()).isEqualTo(CPR);
                assertThat(jdbc.queryForObject("select state from course_card where id = ?", String.class, course))
                        .isEqualTo("ACTIVE");
                assertThat(jdbc.queryForObject("select duty_to_notify_text from status_report where course_id = ?",
                        String.class, course)).isEqualTo("Underretning fra v0.1.0");
                assertThat(jdbc.queryForObject("select count(*) from mentor_card where id = ?", Integer.class, mentor)).isOne();
                assertThatThrownBy(() -> jdbc.update("delete from status_report where course_id = ?", course))
                        .as("S4 still protects the old report").hasMessageContaining("S4");
            }
        }
    }

    // --- helpers ---

    /** Copies the migrations a release's manifest lists from db/migration into the folder; their recorded checksums. */
    private static Map<String, Integer> previousRelease(String manifest, Path folder) throws IOException {
        Map<String, Integer> checksums = new LinkedHashMap<>();
        for (String line : new ClassPathResource(manifest).getContentAsString(StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(entry -> !entry.isEmpty() && !entry.startsWith("#")).toList()) {
            String[] fileAndChecksum = line.split("\\s+");
            checksums.put(fileAndChecksum[0], Integer.valueOf(fileAndChecksum[1]));
            try (InputStream in = new ClassPathResource("db/migration/" + fileAndChecksum[0]).getInputStream()) {
                Files.copy(in, folder.resolve(fileAndChecksum[0]));
            }
        }
        return checksums;
    }

    private static void migrate(ScratchDatabase database, String location) {
        // one role here (the administrator's scratch database): V020's least-privilege grants skip themselves
        Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .placeholders(java.util.Map.of("runtime_role", database.username()))
                .locations(location).load().migrate();
    }

    private static JdbcTemplate jdbc(ScratchDatabase database) {
        DataSource dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
        return new JdbcTemplate(dataSource);
    }

    private long insertClient(JdbcTemplate jdbc, String firstName, String lastName) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into client (area_id, first_name, last_name, cpr_encrypted, cpr_hash, custody_status, status_since,
                                    unit_id, supervision_end_date, created_at, updated_at)
                values (1, ?, ?, ?, ?, 'UNDER_SUPERVISION', date '2025-01-01', 104, date '2027-01-01', ?, ?) returning id""",
                Long.class, firstName, lastName, cprs.encrypt(Cpr.of(CPR)), cprs.lookupHash(Cpr.of(CPR)), now, now);
    }

    /** The application as production starts it (no profile but the test keys), on the given database. */
    private static ConfigurableApplicationContext startApplicationOn(ScratchDatabase database) {
        return ProductionApplication.startOn(database, 3);
    }

    private static String run(ScratchDatabase database, String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(program.endsWith(".sh") ? List.of("bash", program) : List.of(program));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(database.libpqEnvironment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(program + " finished").isTrue();
        assertThat(process.exitValue()).as(program + " failed:\n" + output).isZero();
        return output;
    }
}
