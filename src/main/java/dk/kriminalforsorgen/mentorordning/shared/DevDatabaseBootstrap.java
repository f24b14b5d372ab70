package dk.kriminalforsorgen.mentorordning.shared;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The developer's run ({@code ./mvnw spring-boot:run}, profile {@code dev}) creates its PostgreSQL
 * roles and database when they are missing, before the data source and Flyway start, so a fresh
 * machine needs no manual step. As in production (AU3) there are two roles: the owner that Flyway
 * migrates as ({@code spring.flyway.user}) and owns the database, and the runtime role the
 * application connects as ({@code spring.datasource.username}), which owns nothing and is no
 * superuser. The bootstrap connects as the server's administrator
 * ({@code mentorordning.dev.admin-username}). A database made by an earlier version (owned by the
 * administrator) is handed to the owner role. Never active in production, where operations provision
 * roles and database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
public class DevDatabaseBootstrap {

    private static final String ROLE_NAME = "[a-z_][a-z0-9_]{0,62}";

    @Bean
    static BeanFactoryPostProcessor createDevDatabaseIfMissing() {
        return new DatabaseCreator();
    }

    static final class DatabaseCreator implements BeanFactoryPostProcessor, EnvironmentAware {

        private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (!environment.getProperty("mentorordning.dev.create-database", Boolean.class, false)) {
                return;
            }
            String url = environment.getRequiredProperty("spring.datasource.url");
            URI uri = URI.create(url.substring("jdbc:".length()));
            String database = requireSimpleName(uri.getPath().substring(1));
            String owner = requireSimpleName(environment.getRequiredProperty("spring.flyway.user"));
            String runtime = requireSimpleName(environment.getRequiredProperty("spring.datasource.username"));
            String admin = environment.getProperty("mentorordning.dev.admin-username", "postgres");
            String adminPassword = environment.getProperty("mentorordning.dev.admin-password", "");
            String maintenanceUrl = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
            try (Connection connection = DriverManager.getConnection(maintenanceUrl, admin, adminPassword)) {
                ensureRole(connection, owner, environment.getProperty("spring.flyway.password", ""));
                ensureRole(connection, runtime, environment.getProperty("spring.datasource.password", ""));
                if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                    execute(connection, "create database " + database + " owner " + owner
                            + " encoding 'UTF8' template template0");
                    log.info("Created the development database {} owned by {}", database, owner);
                    return;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach PostgreSQL at " + maintenanceUrl
                        + " as " + admin + " to create the development roles and database; is PostgreSQL running?", e);
            }
            handOverToOwner(uri, database, owner, admin, adminPassword);
        }

        /** A database created before the two roles existed belongs to the administrator: give it and its objects to the owner. */
        private void handOverToOwner(URI uri, String database, String owner, String admin, String adminPassword) {
            String databaseUrl = "jdbc:postgresql://" + uri.getAuthority() + "/" + database;
            try (Connection connection = DriverManager.getConnection(databaseUrl, admin, adminPassword)) {
                if (exists(connection, "select 1 from pg_database d join pg_roles r on r.oid = d.datdba "
                        + "where d.datname = current_database() and r.rolname = ?", owner)) {
                    return;
                }
                execute(connection, "alter database " + database + " owner to " + owner);
                execute(connection, """
                        do $$
                        declare item record;
                        begin
                            for item in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                        where n.nspname = 'public' and c.relkind in ('r', 'v', 'S', 'p') loop
                                execute format('alter %s %I owner to %I',
                                    case item.relkind when 'v' then 'view' when 'S' then 'sequence' else 'table' end,
                                    item.relname, 'OWNER_ROLE');
                            end loop;
                            for item in select p.oid::regprocedure as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                        where n.nspname = 'public' loop
                                execute format('alter function %s owner to %I', item.signature, 'OWNER_ROLE');
                            end loop;
                        end
                        $$""".replace("OWNER_ROLE", owner));
                log.info("Handed the development database {} and its objects to {}", database, owner);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot hand the development database " + database + " to " + owner, e);
            }
        }

        private static void ensureRole(Connection connection, String role, String password) throws SQLException {
            if (exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
                return;
            }
            execute(connection, "create role " + role + " login nosuperuser nocreatedb nocreaterole password '"
                    + password.replace("'", "''") + "'");
            log.info("Created the development database role {}", role);
        }

        private static boolean exists(Connection connection, String sql, String value) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, value);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        }

        private static void execute(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        private static String requireSimpleName(String name) {
            if (!name.matches(ROLE_NAME)) {
                throw new IllegalStateException("Refusing to create a database or role with an unusual name: " + name);
            }
            return name;
        }
    }
}
