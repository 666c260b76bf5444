package cn.guifanku.proposal;

import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import cn.guifanku.wordimport.AuthorStripping;
import cn.guifanku.wordimport.ImportItem;
import cn.guifanku.wordimport.ImportedDraft;
import cn.guifanku.wordimport.WordImport;
import cn.guifanku.wordimport.WordImportRefused;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft imported from Word is a save: {@code standard.adoc} and its figures as one commit on the draft branch by the
 * importing user ("从 Word 导入：name.docx", a stale base refused with 409 as every save), the proposal's history
 * records it, and the .docx is kept — without its authors — in the {@code word_import} table with its import report
 * and line map, for those who may see the draft. A refused file leaves nothing behind.
 */
@Component
public class WordImports {

    /** The media type of a .docx. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The message of an import's commit. */
    static final String MESSAGE = "从 Word 导入：";

    private final WordImport converter;
    private final Drafts drafts;
    private final Proposals proposals;
    private final ProposalHistory history;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    WordImports(WordImport converter, Drafts drafts, Proposals proposals, ProposalHistory history, JdbcClient jdbc,
                ObjectMapper json, Clock clock) {
        this.converter = converter;
        this.drafts = drafts;
        this.proposals = proposals;
        this.history = history;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The report as stored: what was not mapped, and the Word paragraph of each line of the AsciiDoc. */
    public record Report(List<ImportItem> items, Map<Integer, Integer> lines) {

        /** The Word paragraph a line came from, or that of the nearest line before it. */
        public Integer paragraphAt(Integer line) {
            if (line == null) {
                return null;
            }
            var entry = new TreeMap<>(lines).floorEntry(line);
            return entry == null ? null : entry.getValue();
        }
    }

    /** One import of a proposal's draft. */
    public record Stored(long id, String proposalId, String revision, String fileName, Report report, String importedBy,
                         Instant importedAt) {
    }

    /** Imports a Word file into a draft as the proposer's save on top of {@code baseRevision}. */
    @Transactional
    public Stored importInto(Proposal p, byte[] docx, String fileName, String baseRevision, Actor actor) {
        ProposalAccess.checkEdit(p, actor);
        return save(p, convert(docx), docx, fileName, baseRevision, actor);
    }

    /** Proposes a standard whose draft is the Word file: the proposal, then the import on top of its first revision. */
    @Transactional
    public Stored propose(NewProposal request, byte[] docx, String fileName, Actor actor) {
        ImportedDraft draft = convert(docx); // refused before anything is stored
        Proposal p = proposals.create(request, actor);
        return save(p, draft, docx, fileName, drafts.head(p), actor);
    }

    private Stored save(Proposal p, ImportedDraft draft, byte[] docx, String fileName, String base, Actor actor) {
        String name = name(fileName);
        String message = MESSAGE + name;
        String revision = drafts.saveWithFigures(p, draft.standard(), draft.figures(), base, message, Proposals.author(actor));
        history.record(new DraftSaved(UUID.randomUUID(), p.id(), actor.username(), clock.instant(), Drafts.STANDARD,
                revision, message));
        Report report = new Report(draft.report(), draft.paragraphOfLine());
        Instant now = clock.instant();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into word_import (proposal_id, revision, file_name, document, report, imported_by, imported_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), revision, name, withoutAuthors(docx), write(report), actor.username(),
                        Timestamp.from(now))
                .update(key, "id");
        return new Stored(key.getKey().longValue(), p.id(), revision, name, report, actor.username(), now);
    }

    /** The imports of a proposal, newest first (the caller has checked that the reader may see the draft). */
    public List<Stored> of(Proposal p) {
        return jdbc.sql("select id, proposal_id, revision, file_name, report, imported_by, imported_at from word_import "
                        + "where proposal_id = ? order by id desc")
                .param(p.id()).query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("proposal_id"),
                        rs.getString("revision"), rs.getString("file_name"), read(rs.getString("report")),
                        rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant())).list();
    }

    public Optional<Stored> find(Proposal p, long id) {
        return of(p).stream().filter(s -> s.id() == id).findFirst();
    }

    /** The kept .docx of an import of this proposal. */
    public Optional<byte[]> document(Proposal p, long id) {
        return jdbc.sql("select document from word_import where proposal_id = ? and id = ?").params(p.id(), id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The file as kept; a file that converted but cannot be rewritten is refused (the transaction undoes the save). */
    private static byte[] withoutAuthors(byte[] docx) {
        try {
            return AuthorStripping.strip(docx);
        } catch (WordImportRefused e) {
            throw Problem.unprocessable(e.reason().code(), e.args()).with("field", "docx");
        }
    }

    private ImportedDraft convert(byte[] docx) {
        try {
            return converter.convert(docx);
        } catch (WordImportRefused e) {
            throw Problem.unprocessable(e.reason().code(), e.args()).with("field", "docx");
        }
    }

    /** An uploaded Word file's bytes: present, and refused with 413 over the limit before it is read. */
    static byte[] bytes(org.springframework.web.multipart.MultipartFile docx) {
        if (docx == null || docx.isEmpty()) {
            throw Problem.unprocessable("word-import-missing").with("field", "docx");
        }
        long max = cn.guifanku.wordimport.WordImportLimits.MAX_FILE_SIZE;
        if (docx.getSize() > max) {
            throw new Problem(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "word-import-too-large",
                    String.valueOf(max / (1024 * 1024))).with("field", "docx");
        }
        try {
            return docx.getBytes();
        } catch (java.io.IOException e) {
            throw Problem.unprocessable("upload-unreadable").with("field", "docx");
        }
    }

    /** A Word document sent as a request's body (an API client's upload), read up to the limit and refused over it. */
    static byte[] bytes(jakarta.servlet.http.HttpServletRequest request) {
        long max = cn.guifanku.wordimport.WordImportLimits.MAX_FILE_SIZE;
        if (request.getContentLengthLong() > max) {
            throw new Problem(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "word-import-too-large",
                    String.valueOf(max / (1024 * 1024))).with("field", "docx");
        }
        try {
            byte[] bytes = request.getInputStream().readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw new Problem(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "word-import-too-large",
                        String.valueOf(max / (1024 * 1024))).with("field", "docx");
            }
            if (bytes.length == 0) {
                throw Problem.unprocessable("word-import-missing").with("field", "docx");
            }
            return bytes;
        } catch (java.io.IOException e) {
            throw Problem.unprocessable("upload-unreadable").with("field", "docx");
        }
    }

    /** The file's own name (no folders), bounded; "文档.docx" when the browser sent none. */
    static String name(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "文档.docx";
        }
        return name.codePointCount(0, name.length()) > 200 ? name.substring(0, name.offsetByCodePoints(0, 200)) : name;
    }

    private String write(Report report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Report read(String text) {
        try {
            return json.readValue(text, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
