package cn.guifanku.people;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee and committee_membership tables (see db/migration/V2__people.sql). */
@Repository
class CommitteeRepository {

    private final JdbcClient jdbc;

    CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Committee> find(String id) {
        return jdbc.sql("select id, name, code from committee where id = ?").param(id)
                .query((rs, n) -> new Committee(rs.getString("id"), rs.getString("name"), rs.getString("code")))
                .optional();
    }

    List<Committee> all() {
        return jdbc.sql("select id, name, code from committee order by code")
                .query((rs, n) -> new Committee(rs.getString("id"), rs.getString("name"), rs.getString("code")))
                .list();
    }

    /** Whether an active person holds any seat (member, chair or secretary) in the committee. */
    boolean hasSeat(String committeeId, String username) {
        return jdbc.sql("""
                select count(*) from committee_membership m join person p on p.username = m.username
                where m.committee_id = ? and m.username = ? and p.active = true""")
                .params(committeeId, username).query(Long.class).single() > 0;
    }

    void seat(String committeeId, String username, CommitteeFunction function, boolean voting) {
        jdbc.sql("insert into committee_membership (committee_id, username, function, voting) values (?, ?, ?, ?)")
                .params(committeeId, username, function.name(), voting).update();
    }
}
