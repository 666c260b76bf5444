package cn.guifanku.postgres;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases migrated as the application migrates them (same history table, same locations with the vendor folder),
 * for tests of what the database itself guarantees, on both databases we run on.
 */
public final class MigratedDatabases {

    private MigratedDatabases() {
    }

    /** The databases we run on, as named in Flyway's {vendor} placeholder and db/vendor/. */
    public enum Vendor {
        H2, POSTGRESQL;

        public String folder() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** A new empty database of this kind. */
        public DataSource emptyDatabase() {
            return this == H2
                    ? new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
                    : PostgresServer.newDatabase("migrated").dataSource();
        }

        /** A new database migrated to the latest version. */
        public DataSource migratedDatabase() {
            DataSource dataSource = emptyDatabase();
            flyway(dataSource, "latest").migrate();
            return dataSource;
        }

        /** Flyway configured as application.yaml configures it for this database, up to {@code target}. */
        public Flyway flyway(DataSource dataSource, String target) {
            return Flyway.configure().dataSource(dataSource).table("guifanku_schema_history")
                    .locations("classpath:db/migration", "classpath:db/vendor/" + folder())
                    .target(target).load();
        }
    }
}
