package dk.kriminalforsorgen.mentorordning.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * The one database of a test run (DESIGN §2), shared by every cached Spring context. With a Docker
 * engine and no {@code TEST_DB_ADMIN_URL}, a Testcontainers PostgreSQL; otherwise the local server.
 * Either way a fresh database with a unique name is created by the administrator (superuser), with
 * the two roles of production (AU3): an owner role that owns the database and runs Flyway, and a
 * runtime role, neither owner nor superuser, that the application connects as. The roles are named
 * after the database, so test runs in parallel on one server never share or break each other's roles;
 * database and roles are dropped when the JVM exits. No test relies on data left by an earlier run.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
@Getter
@Accessors(fluent = true)
public final class TestDatabase {

    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static volatile TestDatabase instance;

    /** The test database's JDBC URL. */
    private final String url;
    /** The server's superuser (the test run's administrator): for scratch databases and command-line tools. */
    private final Credentials admin;
    /** The owner role that Flyway migrates as. */
    private final Credentials owner;
    /** The application's runtime role: the data source of every test context. */
    private final Credentials runtime;

    /** A database user name and password. */
    public record Credentials(String username, String password) {
    }

    public static TestDatabase shared() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    /**
     * The superuser, connected to this test database: only for test fixtures that must do what the
     * application never may (e.g. bypass a trigger to clean up, or alter a table to make it refuse rows).
     */
    public JdbcTemplate adminJdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, admin.username(), admin.password()));
    }

    /**
     * Runs the statements in one transaction with triggers off ({@code session_replication_role = replica}) as the
     * superuser, since the application's role may not switch triggers off (AU3): for removing test data that a
     * trigger protects (S4). Nothing is changed when one statement fails.
     */
    public void runWithoutTriggers(List<String> statements) {
        adminJdbc().execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /** A JDBC template connected as the given role, e.g. to show what the runtime role may not do. */
    public JdbcTemplate jdbcAs(Credentials role) {
        return new JdbcTemplate(new DriverManagerDataSource(url, role.username(), role.password()));
    }

    private static TestDatabase start() {
        String adminUrl = System.getenv("TEST_DB_ADMIN_URL");
        if (adminUrl == null && dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return create(container.getJdbcUrl(), new Credentials(container.getUsername(), container.getPassword()));
        }
        return create(adminUrl == null ? DEFAULT_ADMIN_URL : adminUrl,
                new Credentials(envOr("TEST_DB_ADMIN_USER", "postgres"), envOr("TEST_DB_ADMIN_PASSWORD", "")));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase create(String adminUrl, Credentials admin) {
        String name = "mentorordning_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Credentials owner = new Credentials(name + "_owner", randomPassword());
        Credentials runtime = new Credentials(name + "_app", randomPassword());
        execute(adminUrl, admin, "create role " + owner.username() + " login password '" + owner.password() + "'");
        execute(adminUrl, admin, "create role " + runtime.username() + " login password '" + runtime.password() + "'");
        execute(adminUrl, admin, "create database " + name + " owner " + owner.username()
                + " encoding 'UTF8' template template0");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            execute(adminUrl, admin, "drop database if exists " + name + " with (force)");
            execute(adminUrl, admin, "drop role if exists " + runtime.username());
            execute(adminUrl, admin, "drop role if exists " + owner.username());
        }));
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new TestDatabase(url, admin, owner, runtime);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void execute(String url, Credentials admin, String sql) {
        try (Connection connection = DriverManager.getConnection(url, admin.username(), admin.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database set-up failed (" + sql.replaceAll("password '[^']*'", "password ***")
                    + ") on " + url + "; is PostgreSQL running on the local server?", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
