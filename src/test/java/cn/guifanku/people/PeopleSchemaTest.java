package cn.guifanku.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The V2 migration on H2, applied to a catalog that already has standards. */
class PeopleSchemaTest {

    final DataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    final JdbcClient jdbc = JdbcClient.create(dataSource);

    Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).table("guifanku_schema_history").target(target).load();
    }

    @Test
    void existingAndNewStandardsBelongToTheDefaultCommittee() {
        flyway("1").migrate();
        jdbc.sql("insert into standard (slug, designation) values ('wh-t-201', 'WH/T 201')").update();

        flyway("2").migrate();
        // As the catalog inserts: without naming a committee.
        jdbc.sql("insert into standard (slug, designation) values ('wh-t-202', 'WH/T 202')").update();

        assertThat(jdbc.sql("select committee_id from standard order by slug").query(String.class).list())
                .containsExactly("tc389", "tc389");
        assertThat(jdbc.sql("select name from committee where code = 'SAC/TC 389'").query(String.class).single())
                .isEqualTo("全国图书馆标准化技术委员会");
    }

    @Test
    void migratesWithEveryLaterMigration() {
        flyway("latest").migrate();
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isZero();
    }
}
