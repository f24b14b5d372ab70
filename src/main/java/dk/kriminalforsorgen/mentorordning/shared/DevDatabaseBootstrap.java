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
 * database when it is missing, before the data source and Flyway start, so a fresh machine needs no
 * manual step. Never active in production, where the database is provisioned by operations.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
public class DevDatabaseBootstrap {

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
            String user = environment.getProperty("spring.datasource.username");
            String password = environment.getProperty("spring.datasource.password");
            URI uri = URI.create(url.substring("jdbc:".length()));
            String database = uri.getPath().substring(1);
            if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalStateException("Refusing to create a database with an unusual name: " + database);
            }
            String maintenanceUrl = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
            try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
                 PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + database + " encoding 'UTF8' template template0");
                }
                log.info("Created the development database {}", database);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach PostgreSQL at " + maintenanceUrl
                        + " to create the development database; is PostgreSQL running?", e);
            }
        }
    }
}
