package cn.guifanku.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    static AuditEntry entry(String details) {
        return new AuditEntry(1L, OffsetDateTime.parse("2026-11-25T02:00:00Z"), "member1", "ballot.vote", "proposal",
                "P2026-001", "127.0.0.1", "POST", "/proposals/P2026-001/ballot/votes", "302", details);
    }

    @Test
    void startsWithAByteOrderMarkAndAChineseHeaderAndEndsLinesWithCrLf() {
        String csv = AuditCsv.of(List.of(entry("同意")), new cn.guifanku.web.Times(java.time.ZoneId.of("Asia/Shanghai")));

        assertThat(csv).startsWith("\uFEFF时间,操作人,操作,");
        assertThat(csv.split("\r\n", -1)).hasSize(3).endsWith("");
        assertThat(csv).contains("\r\n2026-11-25T10:00:00+08:00,member1,ballot.vote,proposal,P2026-001,127.0.0.1,POST,"
                + "/proposals/P2026-001/ballot/votes,302,同意\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(AuditCsv.field("同意，但有意见")).isEqualTo("同意，但有意见");
        assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.field("他说\"不\"")).isEqualTo("\"他说\"\"不\"\"\"");
        assertThat(AuditCsv.field("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
        assertThat(AuditCsv.field(null)).isEmpty();
    }

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(AuditCsv.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.field("+1")).isEqualTo("'+1");
    }
}
