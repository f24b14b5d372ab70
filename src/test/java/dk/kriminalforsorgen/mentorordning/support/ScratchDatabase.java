package dk.kriminalforsorgen.mentorordning.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A fresh, empty database on the test run's PostgreSQL server ({@link TestDatabase}), for tests that need their own
 * (restore, migration of an old release). Dropped by {@link #close}.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class ScratchDatabase implements AutoCloseable {

    private final String name;
    private final String url;

    /** Creates a new database named {@code prefix_<random>}. */
    public static ScratchDatabase create(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ScratchDatabase database = named(name);
        database.admin("create database " + name + " encoding 'UTF8' template template0");
        return database;
    }

    /** A database of that name on the test server, which may not exist yet (e.g. the target of a restore). */
    public static ScratchDatabase named(String name) {
        String shared = TestDatabase.shared().url();
        return new ScratchDatabase(name, shared.substring(0, shared.lastIndexOf('/') + 1) + name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public String username() {
        return TestDatabase.shared().admin().username();
    }

    public String password() {
        return TestDatabase.shared().admin().password();
    }

    /** libpq's environment for the command-line tools (pg_dump, pg_restore, psql) against this server. */
    public Map<String, String> libpqEnvironment() {
        URI uri = URI.create(url.substring("jdbc:".length()));
        return Map.of("PGHOST", uri.getHost(), "PGPORT", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "PGUSER", username(), "PGPASSWORD", password() == null ? "" : password());
    }

    @Override
    public void close() {
        admin("drop database if exists " + name + " with (force)");
    }

    private void admin(String sql) {
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Scratch database: " + sql + " failed", e);
        }
    }
}
