package dk.kriminalforsorgen.mentorordning.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one database of a test run (DESIGN §2), shared by every cached Spring context. With a Docker
 * engine and no {@code TEST_DB_ADMIN_URL}, a Testcontainers PostgreSQL; otherwise a fresh database
 * with a unique name on the local server, dropped when the JVM exits. Flyway migrates it once; no
 * test relies on data left by an earlier run.
 */
public final class TestDatabase {

    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static volatile TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
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

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static TestDatabase start() {
        String adminUrl = System.getenv("TEST_DB_ADMIN_URL");
        if (adminUrl == null && dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return createOnLocalServer(adminUrl == null ? DEFAULT_ADMIN_URL : adminUrl);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase createOnLocalServer(String adminUrl) {
        String user = envOr("TEST_DB_ADMIN_USER", "postgres");
        String password = envOr("TEST_DB_ADMIN_PASSWORD", "");
        String name = "mentorordning_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl, user, password, "create database " + name + " encoding 'UTF8' template template0");
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(adminUrl, user, password, "drop database if exists " + name + " with (force)")));
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new TestDatabase(url, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database set-up failed (" + sql + ") on " + url
                    + "; is PostgreSQL running on the local server?", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
