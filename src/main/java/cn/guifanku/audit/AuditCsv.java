package cn.guifanku.audit;

import cn.guifanku.web.Times;
import java.util.List;

/**
 * The audit trail as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), starting with a UTF-8 byte order mark so that Excel shows Chinese correctly. A field
 * that a spreadsheet would take for a formula (= + - @) is prefixed with an apostrophe.
 */
final class AuditCsv {

    static final String BOM = "\uFEFF";
    static final String HEADER = "时间,操作人,操作,对象类型,对象,来源地址,方法,路径,结果,说明";

    private AuditCsv() {
    }

    /** Times with their offset in the configured zone, e.g. 2026-11-26T00:30:00+08:00. */
    static String of(List<AuditEntry> entries, Times times) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            csv.append(String.join(",", field(times.withOffset(e.instant())), field(e.actor()), field(e.action()),
                    field(e.targetKind()), field(e.targetId()), field(e.remoteAddress()), field(e.method()),
                    field(e.path()), field(e.outcome()), field(e.details()))).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
