package cn.guifanku.catalog;

import cn.guifanku.render.StandardMetadata;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog tables (see db/migration/V1__catalog.sql). */
@Repository
class CatalogRepository {

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublishedEdition> editions() {
        return jdbc.sql("select * from edition order by slug, issued_on desc").query(this::edition).list();
    }

    List<PublishedEdition> editionsOf(String slug) {
        return jdbc.sql("select * from edition where slug = ? order by issued_on desc").param(slug).query(this::edition).list();
    }

    /** Editions of other standards whose replaces list may name one of {@code numbers} (a superset: callers check). */
    List<PublishedEdition> editionsReplacingAny(String slug, List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        String any = String.join(" or ", java.util.Collections.nCopies(numbers.size(), "replaces like ?"));
        List<Object> params = new java.util.ArrayList<>();
        params.add(slug);
        numbers.forEach(n -> params.add("%" + n.replace("%", "").replace("_", "\\_") + "%"));
        return jdbc.sql("select * from edition where slug <> ? and (" + any + ")").params(params)
                .query(this::edition).list();
    }

    java.util.Optional<StandardRow> standard(String slug) {
        return jdbc.sql("select * from standard where slug = ?").param(slug).query(this::standardRow).optional();
    }

    Map<String, LocalDate> withdrawals() {
        Map<String, LocalDate> result = new HashMap<>();
        jdbc.sql("select slug, withdrawn_on from standard where withdrawn_on is not null")
                .query(rs -> {
                    result.put(rs.getString("slug"), rs.getObject("withdrawn_on", LocalDate.class));
                });
        return result;
    }

    Map<String, StandardRow> standards() {
        Map<String, StandardRow> result = new HashMap<>();
        jdbc.sql("select * from standard").query(rs -> {
            StandardRow row = standardRow(rs, 0);
            result.put(row.slug(), row);
        });
        return result;
    }

    private StandardRow standardRow(ResultSet rs, int row) throws SQLException {
        return new StandardRow(rs.getString("slug"), rs.getString("designation"),
                rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawal_note"), rs.getString("committee_id"));
    }

    boolean exists(String slug, String editionKey) {
        return jdbc.sql("select count(*) from edition where slug = ? and edition_key = ?")
                .params(slug, editionKey).query(Integer.class).single() > 0;
    }

    void insert(PublishedEdition e, String designation) {
        int known = jdbc.sql("select count(*) from standard where slug = ?").param(e.slug()).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("insert into standard (slug, designation) values (?, ?)").params(e.slug(), designation).update();
        }
        StandardMetadata m = e.metadata();
        jdbc.sql("""
                insert into edition (slug, edition_key, number, title_zh, title_en, document_type, ics, ccs,
                    issued_on, effective_on, replaces, issuer, proposer, committee, drafters, commit_id, tag_name,
                    html_sha256, html_size, pdf_sha256, pdf_size, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.slug(), e.editionKey(), m.number(), m.titleZh(), m.titleEn(), m.documentType(), m.ics(),
                        m.ccs(), m.issued(), m.effective(), String.join(",", m.replaces()), m.issuer(), m.proposer(),
                        m.committee(), m.drafters(), e.commitId(), e.tagName(), e.html().sha256(), e.html().size(),
                        e.pdf().sha256(), e.pdf().size(), Timestamp.from(e.publishedAt()))
                .update();
    }

    void withdraw(String slug, LocalDate on, String note) {
        jdbc.sql("update standard set withdrawn_on = ?, withdrawal_note = ? where slug = ?")
                .params(on, note, slug).update();
    }

    private PublishedEdition edition(ResultSet rs, int row) throws SQLException {
        String replaces = rs.getString("replaces");
        StandardMetadata metadata = new StandardMetadata(rs.getString("number"), rs.getString("title_zh"),
                rs.getString("title_en"), rs.getString("document_type"), rs.getString("ics"), rs.getString("ccs"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class),
                replaces == null || replaces.isBlank() ? List.of() : Arrays.asList(replaces.split(",")),
                rs.getString("issuer"), rs.getString("proposer"), rs.getString("committee"), rs.getString("drafters"));
        return new PublishedEdition(rs.getString("slug"), rs.getString("edition_key"), metadata,
                rs.getString("commit_id"), rs.getString("tag_name"),
                new Artifact(rs.getString("html_sha256"), rs.getLong("html_size")),
                new Artifact(rs.getString("pdf_sha256"), rs.getLong("pdf_size")),
                rs.getTimestamp("published_at").toInstant());
    }

    record StandardRow(String slug, String designation, LocalDate withdrawnOn, String withdrawalNote, String committeeId) {
    }
}
