package cn.guifanku.audit;

import java.time.LocalDate;

/**
 * The audit page's filters; blank ones match everything.
 *
 * @param action a code or its beginning: {@code proposal.} finds every action on proposals
 * @param target a proposal id, standard slug, username or committee id
 * @param from   first day (in the configured zone), inclusive
 * @param to     last day (in the configured zone), inclusive
 */
record AuditQuery(String actor, String action, String target, LocalDate from, LocalDate to) {

    static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        target = blankToNull(target);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
