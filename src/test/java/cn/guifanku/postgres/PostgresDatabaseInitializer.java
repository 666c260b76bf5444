package cn.guifanku.postgres;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at a new database on the JVM's PostgreSQL server, through the same environment
 * variables an operator sets (application-postgres.yaml reads them). A class, not a {@code @DynamicPropertySource}
 * method, so that every test class naming it shares one context.
 */
class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresServer.usedByApplicationContext();
        PostgresServer.Database db = PostgresServer.newDatabase("guifanku");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                "GUIFANKU_DB_URL", db.jdbcUrl(),
                "GUIFANKU_DB_USER", db.user(),
                "GUIFANKU_DB_PASSWORD", db.password(),
                // The tests' site is this machine (random port): links follow each request's own address.
                "guifanku.public-url-required", "false")));
    }
}
