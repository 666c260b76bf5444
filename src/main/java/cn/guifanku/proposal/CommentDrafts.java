package cn.guifanku.proposal;

import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.ArtifactStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 征求意见稿 PDFs as circulated: one per commit sent out for comments (with its 编制说明), kept like any
 * artifact (SHA-256, served with it as ETag) and listed on the review page, in the proposal's JSON and in the
 * comment feed. Table {@code comment_draft} (V21).
 */
@Component
public class CommentDrafts {

    private final JdbcClient jdbc;
    private final ArtifactStore store;
    private final Clock clock;

    CommentDrafts(JdbcClient jdbc, ArtifactStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    /** One circulated 征求意见稿: the revision, its cover's date, the PDF and the 编制说明's PDF (null when none). */
    public record CommentDraft(String proposalId, String revision, LocalDate date, Artifact pdf, Artifact note) {

        /** Where it is downloaded: {@code /proposals/P2026-001/comment-drafts/abc1234….pdf}. */
        public String href() {
            return "/proposals/" + proposalId + "/comment-drafts/" + revision + ".pdf";
        }

        public String noteHref() {
            return note == null ? null : "/proposals/" + proposalId + "/comment-drafts/" + revision + "/explanatory-note.pdf";
        }
    }

    /** Keeps the PDFs of the revision sent out; a second send of the same commit keeps the first (same bytes). */
    void keep(String proposalId, String revision, LocalDate date, byte[] pdf, byte[] notePdf) {
        if (find(proposalId, revision).isPresent()) {
            return;
        }
        Artifact stored = store.store(pdf);
        Artifact note = notePdf == null ? null : store.store(notePdf);
        try {
            jdbc.sql("""
                    insert into comment_draft (proposal_id, revision, stage_date, pdf_sha256, pdf_size, note_sha256,
                        note_size, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(proposalId, revision, date, stored.sha256(), stored.size(),
                            note == null ? null : note.sha256(), note == null ? null : note.size(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // kept by the other request: the same commit gives the same files
        }
    }

    /** Every 征求意见稿 of a proposal, newest first. */
    public List<CommentDraft> of(String proposalId) {
        return jdbc.sql("select * from comment_draft where proposal_id = ? order by created_at desc, revision")
                .param(proposalId).query(this::row).list();
    }

    public Optional<CommentDraft> find(String proposalId, String revision) {
        return jdbc.sql("select * from comment_draft where proposal_id = ? and revision = ?").params(proposalId, revision)
                .query(this::row).optional();
    }

    /** The latest one, the one the comments are on. */
    public Optional<CommentDraft> latest(String proposalId) {
        return of(proposalId).stream().findFirst();
    }

    private CommentDraft row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String note = rs.getString("note_sha256");
        return new CommentDraft(rs.getString("proposal_id"), rs.getString("revision"),
                rs.getObject("stage_date", LocalDate.class), new Artifact(rs.getString("pdf_sha256"), rs.getLong("pdf_size")),
                note == null ? null : new Artifact(note, rs.getLong("note_size")));
    }
}
