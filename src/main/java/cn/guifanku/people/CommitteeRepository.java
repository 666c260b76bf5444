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

    List<Seat> seats(String committeeId) {
        return jdbc.sql("select username, function, voting from committee_membership where committee_id = ? order by username")
                .param(committeeId)
                .query((rs, n) -> new Seat(committeeId, rs.getString("username"),
                        CommitteeFunction.valueOf(rs.getString("function")), rs.getBoolean("voting")))
                .list();
    }

    List<Seat> seatsOf(String username) {
        return jdbc.sql("select committee_id, function, voting from committee_membership where username = ? order by committee_id")
                .param(username)
                .query((rs, n) -> new Seat(rs.getString("committee_id"), username,
                        CommitteeFunction.valueOf(rs.getString("function")), rs.getBoolean("voting")))
                .list();
    }

    void create(Committee committee) {
        jdbc.sql("insert into committee (id, name, code) values (?, ?, ?)")
                .params(committee.id(), committee.name(), committee.code()).update();
    }

    void unseat(String committeeId, String username) {
        jdbc.sql("delete from committee_membership where committee_id = ? and username = ?")
                .params(committeeId, username).update();
    }

    /** The committee's chair becomes a member: a committee has one chair. */
    void demoteChair(String committeeId) {
        jdbc.sql("update committee_membership set function = 'MEMBER' where committee_id = ? and function = 'CHAIR'")
                .param(committeeId).update();
    }

    void seat(String committeeId, String username, CommitteeFunction function, boolean voting) {
        jdbc.sql("insert into committee_membership (committee_id, username, function, voting) values (?, ?, ?, ?)")
                .params(committeeId, username, function.name(), voting).update();
    }
}
