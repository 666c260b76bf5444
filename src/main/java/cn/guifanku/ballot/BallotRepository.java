package cn.guifanku.ballot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BallotRepository {

    private final JdbcClient jdbc;

    BallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(String proposalId, String revision, Instant now, Instant deadline, int[] quorum, int[] threshold,
              List<String> voters) {
        int number = jdbc.sql("select count(*) from ballot_round where proposal_id = ?").param(proposalId)
                .query(Integer.class).single() + 1;
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into ballot_round (proposal_id, round_no, revision, opened_at, deadline, quorum_numerator,
                    quorum_denominator, threshold_numerator, threshold_denominator) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(proposalId, number, revision, Timestamp.from(now), Timestamp.from(deadline), quorum[0], quorum[1],
                        threshold[0], threshold[1])
                .update(keys, "id");
        long id = keys.getKey().longValue();
        voters.forEach(v -> jdbc.sql("insert into ballot_voter (round_id, voter) values (?, ?)").params(id, v).update());
        return id;
    }

    Optional<BallotRound> latest(String proposalId) {
        return jdbc.sql("select * from ballot_round where proposal_id = ? order by round_no desc").param(proposalId)
                .query(this::round).list().stream().findFirst();
    }

    /** The latest round, its row locked until the transaction ends (votes and closing run one after the other). */
    Optional<BallotRound> lockLatest(String proposalId) {
        return jdbc.sql("""
                select * from ballot_round where proposal_id = ?
                and round_no = (select max(round_no) from ballot_round where proposal_id = ?) for update""")
                .params(proposalId, proposalId).query(this::round).optional();
    }

    List<BallotRound> all(String proposalId) {
        return jdbc.sql("select * from ballot_round where proposal_id = ? order by round_no").param(proposalId)
                .query(this::round).list();
    }

    void close(long roundId, Instant at, String outcome) {
        jdbc.sql("update ballot_round set closed_at = ?, outcome = ? where id = ?")
                .params(Timestamp.from(at), outcome, roundId).update();
    }

    void reopen(long roundId, Instant deadline) {
        jdbc.sql("update ballot_round set closed_at = null, outcome = null, deadline = ? where id = ?")
                .params(Timestamp.from(deadline), roundId).update();
    }

    void setOutcome(long roundId, String outcome) {
        jdbc.sql("update ballot_round set outcome = ? where id = ?").params(outcome, roundId).update();
    }

    void cast(long roundId, String voter, Vote.Position position, String reason, Instant at) {
        jdbc.sql("insert into vote (round_id, voter, position, reason, cast_at) values (?, ?, ?, ?, ?)")
                .params(roundId, voter, position.name(), reason, Timestamp.from(at)).update();
    }

    /** Every vote of a round, oldest first (changes included). */
    List<Vote> votes(long roundId) {
        return jdbc.sql("select * from vote where round_id = ? order by id").param(roundId)
                .query((rs, n) -> new Vote(rs.getLong("id"), rs.getLong("round_id"), rs.getString("voter"),
                        Vote.Position.valueOf(rs.getString("position")), rs.getString("reason"),
                        rs.getTimestamp("cast_at").toInstant()))
                .list();
    }

    private BallotRound round(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Timestamp closed = rs.getTimestamp("closed_at");
        List<String> voters = jdbc.sql("select voter from ballot_voter where round_id = ? order by voter").param(id)
                .query(String.class).list();
        return new BallotRound(id, rs.getString("proposal_id"), rs.getInt("round_no"), rs.getString("revision"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                closed == null ? null : closed.toInstant(), rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator"),
                rs.getInt("threshold_numerator"), rs.getInt("threshold_denominator"), rs.getString("outcome"), voters);
    }
}
