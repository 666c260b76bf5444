package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code proposal} table. Updates check the row's version, so two concurrent changes cannot both win. */
@Repository
class ProposalRepository {

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Proposal> find(String id) {
        return jdbc.sql("select * from proposal where id = ?").param(id).query(this::map).optional();
    }

    List<Proposal> all() {
        return jdbc.sql("select * from proposal order by created_at desc").query(this::map).list();
    }

    List<Proposal> openFor(String targetSlug) {
        return jdbc.sql("select * from proposal where target_slug = ? and stage not in ('PUBLISHED', 'REJECTED', 'WITHDRAWN')")
                .param(targetSlug).query(this::map).list();
    }

    /** Open proposals (not published, rejected or withdrawn), newest first. */
    List<Proposal> open() {
        return jdbc.sql("select * from proposal where stage not in ('PUBLISHED', 'REJECTED', 'WITHDRAWN') order by created_at desc")
                .query(this::map).list();
    }

    /** Proposal id → the 体系编号 of the planned entry it fills, for proposals that name one. */
    java.util.Map<String, String> plannedEntries() {
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, planned_entry from proposal where planned_entry is not null order by id")
                .query(rs -> {
                    entries.put(rs.getString("id"), rs.getString("planned_entry"));
                });
        return entries;
    }

    void setPlannedEntry(String id, String plannedEntry) {
        jdbc.sql("update proposal set planned_entry = ? where id = ?").params(plannedEntry, id).update();
    }

    void insert(Proposal p) {
        jdbc.sql("""
                insert into proposal (id, kind, title, scope, reason, target_slug, revises_edition, committee_id,
                    proposer, created_at, branch, folder, stage, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(p.id(), p.kind().name(), p.title(), p.scope(), p.reason(), p.targetSlug(), p.revisesEdition(),
                        p.committeeId(), p.proposer(), Timestamp.from(p.createdAt()), p.branch(), p.folder(),
                        p.stage().name())
                .update();
    }

    /** Sets the stage (the process's call alone: {@link ProposalStages}); no change when it stands there already. */
    void moveTo(String id, Stage stage) {
        jdbc.sql("update proposal set stage = ?, version = version + 1 where id = ? and stage <> ?")
                .params(stage.name(), id, stage.name()).update();
    }

    /**
     * Reads a proposal and locks its row until the transaction ends, so that two decisions on one proposal run one
     * after the other: the second sees what the first did (and is refused with 409), never a double effect.
     */
    Optional<Proposal> lock(String id) {
        return jdbc.sql("select * from proposal where id = ? for update").param(id).query(this::map).optional();
    }

    /** The next number of the proposal sequence (never handed out twice, also across nodes). */
    long nextNumber() {
        return jdbc.sql("select nextval('proposal_number')").query(Long.class).single();
    }

    boolean exists(String id) {
        return jdbc.sql("select count(*) from proposal where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** Saves the mutable fields except the stage; false when someone else changed the proposal since it was read. */
    boolean update(Proposal p) {
        return jdbc.sql("""
                update proposal set plan_number = ?, process_instance_id = ?, approved_number = ?,
                    issued_on = ?, effective_on = ?, replaces_edition = ?, merge_commit = ?, failure = ?,
                    target_slug = ?, title = ?, scope = ?, reason = ?, version = version + 1
                where id = ? and version = ?""")
                .params(p.planNumber(), p.processInstanceId(), p.approvedNumber(), p.issuedOn(),
                        p.effectiveOn(), p.replacesEdition(), p.mergeCommit(), p.failure(), p.targetSlug(), p.title(), p.scope(), p.reason(),
                        p.id(), p.version())
                .update() == 1;
    }

    private Proposal map(ResultSet rs, int row) throws SQLException {
        return new Proposal(rs.getString("id"), Proposal.Kind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("scope"), rs.getString("reason"), rs.getString("target_slug"),
                rs.getString("revises_edition"), rs.getString("committee_id"), rs.getString("proposer"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("branch"), rs.getString("folder"),
                Stage.valueOf(rs.getString("stage")), rs.getString("plan_number"), rs.getString("process_instance_id"),
                rs.getString("approved_number"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class), rs.getString("replaces_edition"),
                rs.getString("merge_commit"), rs.getString("failure"),
                rs.getInt("version"));
    }
}
