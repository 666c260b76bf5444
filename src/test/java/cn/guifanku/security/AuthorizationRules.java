package cn.guifanku.security;

import static cn.guifanku.security.AccessRule.ADMIN;
import static cn.guifanku.security.AccessRule.BALLOT_OFFICERS;
import static cn.guifanku.security.AccessRule.CHAIR;
import static cn.guifanku.security.AccessRule.COMMENT_AUTHOR;
import static cn.guifanku.security.AccessRule.NOBODY;
import static cn.guifanku.security.AccessRule.EDITOR;
import static cn.guifanku.security.AccessRule.PROPOSER;
import static cn.guifanku.security.AccessRule.PUBLIC;
import static cn.guifanku.security.AccessRule.SECRETARIAT;
import static cn.guifanku.security.AccessRule.SECRETARIAT_OR_ADMIN;
import static cn.guifanku.security.AccessRule.SEES_PROPOSAL;
import static cn.guifanku.security.AccessRule.SIGNED_IN;
import static cn.guifanku.security.AccessRule.VOTER;
import static cn.guifanku.security.Fixture.BALLOT;
import static cn.guifanku.security.Fixture.COMMENTING;
import static cn.guifanku.security.Fixture.DRAFT;
import static cn.guifanku.security.Fixture.FRESH_BALLOT;
import static cn.guifanku.security.Fixture.FRESH_COMMENTING;
import static cn.guifanku.security.Fixture.FRESH_DRAFT;
import static cn.guifanku.security.Fixture.FRESH_PROPOSED;
import static cn.guifanku.security.Fixture.NONE;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The access rule of every endpoint the application maps, keyed by method and pattern exactly as Spring's handler
 * mappings print them. A new endpoint needs a line here, or the authorization matrix test fails. Writes carry a body
 * that passes validation, so that what answers is the authorization, not a 400.
 */
final class AuthorizationRules {

    record Rule(String method, String pattern, Fixture fixture, AccessRule access, String body) {
        String key() {
            return method + " " + pattern;
        }
    }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // Catalog, downloads and the read-only catalog API: anyone.
        rule("GET", "/", NONE, PUBLIC);
        rule("GET", "/standards/{slug}", NONE, PUBLIC);
        rule("GET", "/standards/{slug}/latest.{format:html|pdf}", NONE, PUBLIC);
        rule("GET", "/standards/{slug}/{edition:\\d{4}[a-z]?}.html", NONE, PUBLIC);
        rule("GET", "/standards/{slug}/{edition:\\d{4}[a-z]?}.pdf", NONE, PUBLIC);
        rule("GET", "/standards/{slug}/{edition:\\d{4}[a-z]?}/archive.html", NONE, PUBLIC);
        rule("GET", "/api/standards", NONE, PUBLIC);
        rule("GET", "/api/standards/{slug}", NONE, PUBLIC);
        // The 标准体系表, search, the term base and the feeds: anyone; the 体系表's editor: the secretariat and admins.
        rule("GET", "/system", NONE, PUBLIC);
        rule("GET", "/system.html", NONE, PUBLIC);
        rule("GET", "/system.pdf", NONE, PUBLIC);
        rule("GET", "/system/edit", NONE, SECRETARIAT_OR_ADMIN);
        // A stale base revision: the secretariat is let in and refused the edit (409); nothing is committed.
        rule("POST", "/system/edit", NONE, SECRETARIAT_OR_ADMIN, "text=title&baseRevision=0000000000000000000000000000000000000000");
        rule("GET", "/search", NONE, PUBLIC);
        rule("GET", "/api/search", NONE, PUBLIC);
        rule("GET", "/terms", NONE, PUBLIC);
        rule("GET", "/api/terms", NONE, PUBLIC);
        rule("GET", "/feeds/standards.atom", NONE, PUBLIC);
        rule("GET", "/feeds/comment.atom", NONE, PUBLIC);
        rule("GET", "/standards/{slug}/feed.atom", NONE, PUBLIC);
        // Notifications: one's own settings and subscriptions; the outbox (embedded mode's mail) for admins.
        rule("GET", "/notifications/settings", NONE, SIGNED_IN);
        rule("POST", "/notifications/settings", NONE, SIGNED_IN, "on=TASK_ASSIGNED&on=DEADLINE_SOON&on=DEADLINE_PASSED"
                + "&on=BALLOT_RESULT&on=PUBLISHED&on=NEW_EDITION&on=REPLACED&on=WITHDRAWN&language=zh");
        rule("GET", "/notifications/subscriptions", NONE, SIGNED_IN);
        rule("POST", "/notifications/subscriptions", NONE, SIGNED_IN, "type=STANDARD&target=wh-t-201&remove=true");
        rule("GET", "/notifications/outbox", NONE, ADMIN);
        // Personal access tokens for git: one's own (a token that is not one's own is simply not found).
        rule("GET", "/account/tokens", NONE, SIGNED_IN);
        rule("POST", "/account/tokens", NONE, SIGNED_IN, "name=matrix");
        rule("POST", "/account/tokens/{tokenId}/revoke", NONE, SIGNED_IN);
        // Administration (users: admins; committee seats: the secretariat too) and the audit trail. Writes act on a
        // test account or are refused by the page's own checks (unknown user, bad committee id, weak password).
        rule("GET", "/admin", NONE, SECRETARIAT_OR_ADMIN);
        rule("GET", "/admin/users", NONE, SECRETARIAT_OR_ADMIN);
        rule("GET", "/admin/users/{username}", NONE, SECRETARIAT_OR_ADMIN);
        rule("GET", "/admin/users/new", NONE, ADMIN);
        rule("POST", "/admin/users", NONE, ADMIN, "username=matrix-new&displayName=x&password=short");
        rule("POST", "/admin/users/{username}/roles", NONE, ADMIN, "role=READER");
        rule("POST", "/admin/users/{username}/deactivation", NONE, ADMIN, "");
        rule("POST", "/admin/users/{username}/reactivation", NONE, ADMIN, "");
        rule("GET", "/admin/committees", NONE, SECRETARIAT_OR_ADMIN);
        rule("GET", "/admin/committees/{id}", NONE, SECRETARIAT_OR_ADMIN);
        rule("POST", "/admin/committees", NONE, ADMIN, "id=Bad!&name=x&code=y");
        rule("POST", "/admin/committees/{id}/seats", NONE, SECRETARIAT_OR_ADMIN, "username=no-such-user&function=MEMBER");
        rule("POST", "/admin/committees/{id}/seats/{username}/removal", NONE, SECRETARIAT_OR_ADMIN, "");
        rule("GET", "/audit", NONE, SECRETARIAT_OR_ADMIN);
        rule("GET", "/audit.csv", NONE, SECRETARIAT_OR_ADMIN);
        // An edition's review record: public (named votes only for the committee, checked on the page).
        rule("GET", "/standards/{slug}/{edition:\\d{4}[a-z]?}/record", NONE, PUBLIC);
        // How a library verifies an edition: page, JSON, signed checksums, the committee's key and certificate.
        rule("GET", "/standards/{slug}/{edition:\\d{4}[a-z]?}/verification", NONE, PUBLIC);
        rule("GET", "/api/standards/{slug}/{edition:\\d{4}[a-z]?}/verification", NONE, PUBLIC);
        rule("GET", "/standards/{slug}/{edition:\\d{4}[a-z]?}/SHA256SUMS", NONE, PUBLIC);
        rule("GET", "/standards/{slug}/{edition:\\d{4}[a-z]?}/SHA256SUMS.asc", NONE, PUBLIC);
        rule("GET", "/signing/committee.asc", NONE, PUBLIC);
        rule("GET", "/signing/committee.pem", NONE, PUBLIC);
        // Sign-in, registration, errors, the API description, health.
        rule("GET", "/login", NONE, PUBLIC);
        rule("GET", "/register", NONE, PUBLIC);
        rule("POST", "/register", NONE, PUBLIC, "username=&displayName=&password=");
        // Errors are shown where they happen; /error itself has nothing to show (404 for everyone, never a 500).
        rule("GET", "/error", NONE, NOBODY);
        rule("GET", "/v3/api-docs", NONE, PUBLIC);
        rule("GET", "/v3/api-docs.yaml", NONE, PUBLIC);
        rule("GET", "/v3/api-docs/swagger-config", NONE, PUBLIC);
        rule("GET", "/swagger-ui.html", NONE, PUBLIC);
        rule("GET", "/actuator/health", NONE, PUBLIC);
        rule("GET", "/actuator/health/**", NONE, ADMIN);
        rule("GET", "/actuator", NONE, ADMIN);
        rule("GET", "/actuator/info", NONE, ADMIN);
        // Administration.
        rule("GET", "/publications", NONE, ADMIN);
        rule("GET", "/api/publications/progress", NONE, PUBLIC);
        rule("GET", "/camunda/**", NONE, ADMIN);
        // HTTP Basic only (the matrix calls it so): a session authenticates nothing there.
        rule("GET", "/engine-rest/**", NONE, ADMIN);
        // Work lists and proposals (pages).
        rule("GET", "/workbench", NONE, SIGNED_IN);
        rule("GET", "/api/tasks", NONE, SIGNED_IN);
        rule("GET", "/proposals", NONE, PUBLIC);
        rule("GET", "/proposals/new", NONE, SIGNED_IN);
        rule("POST", "/proposals", NONE, EDITOR, "kind=NEW&start=template&title=" + enc("矩阵测试") + "&scope=s&reason=r");
        rule("GET", "/proposals/{id}", DRAFT, SEES_PROPOSAL);
        rule("POST", "/proposals/{id}/formal-check", FRESH_PROPOSED, SECRETARIAT, "decision=RETURN&reason=x");
        rule("POST", "/proposals/{id}/resubmission", FRESH_PROPOSED, PROPOSER, "");
        rule("POST", "/proposals/{id}/approval", DRAFT, CHAIR, "decision=RETURN&reason=x");
        rule("POST", "/proposals/{id}/withdrawal", FRESH_DRAFT, PROPOSER, "reason=x");
        rule("POST", "/proposals/{id}/publication/retry", DRAFT, SECRETARIAT, "");
        rule("POST", "/proposals/{id}/periodic-review", DRAFT, SECRETARIAT, "decision=CONFIRM");
        // Drafts (pages).
        rule("GET", "/proposals/{id}/draft", DRAFT, SEES_PROPOSAL);
        rule("POST", "/proposals/{id}/draft", DRAFT, PROPOSER, "file=standard.adoc&text=x&baseRevision=0000000");
        rule("POST", "/proposals/{id}/draft/check", DRAFT, SEES_PROPOSAL, "");
        rule("POST", "/proposals/{id}/draft/sending", FRESH_DRAFT, PROPOSER, "");
        rule("POST", "/proposals/{id}/draft/preview", DRAFT, SEES_PROPOSAL, "text=" + enc("= 预览"));
        rule("GET", "/proposals/{id}/draft/preview/{token}", DRAFT, SEES_PROPOSAL);
        rule("GET", "/proposals/{id}/draft/preview", DRAFT, SEES_PROPOSAL);
        rule("POST", "/proposals/{id}/draft/suggestions", DRAFT, PROPOSER, "baseRevision=0000000");
        // Import from Word: the proposer replaces the draft (a form without a file is refused with 422, after the
        // access check); the import's report and the kept file: whoever sees the proposal.
        rule("POST", "/proposals/{id}/draft/word", DRAFT, PROPOSER, "baseRevision=0000000");
        rule("GET", "/proposals/{id}/draft/word/{importId}", DRAFT, SEES_PROPOSAL);
        rule("GET", "/proposals/{id}/word-imports/{importId}/document", DRAFT, SEES_PROPOSAL);
        // The 征求意见稿 as circulated, and its 编制说明: public once sent out.
        rule("GET", "/proposals/{id}/comment-drafts/{revision:[0-9a-f]{40}}.pdf", COMMENTING, PUBLIC);
        rule("GET", "/proposals/{id}/comment-drafts/{revision:[0-9a-f]{40}}/explanatory-note.pdf", COMMENTING, PUBLIC);
        rule("GET", "/proposals/{id}/draft/changes", DRAFT, SEES_PROPOSAL);
        // Review and ballot (pages).
        rule("GET", "/proposals/{id}/review", DRAFT, SEES_PROPOSAL);
        rule("POST", "/proposals/{id}/comments", COMMENTING, SIGNED_IN, "clause=_x&type=ge&body=" + enc("矩阵测试意见"));
        rule("POST", "/proposals/{id}/comments/{commentId}/disposition", COMMENTING, PROPOSER, "disposition=ACCEPTED");
        rule("GET", "/proposals/{id}/review/comments", DRAFT, SEES_PROPOSAL);
        // A comment is changed or withdrawn by its author alone (the fresh proposal's comment is the reader's).
        rule("POST", "/proposals/{id}/comments/{commentId}", FRESH_COMMENTING, COMMENT_AUTHOR, "type=te&body=" + enc("改过的意见"));
        rule("POST", "/proposals/{id}/comments/{commentId}/withdrawal", FRESH_COMMENTING, COMMENT_AUTHOR, "");
        rule("POST", "/proposals/{id}/disposition/completion", COMMENTING, PROPOSER, "");
        rule("POST", "/proposals/{id}/comment-period/closing", FRESH_COMMENTING, SECRETARIAT, "");
        // The page needs a sign-in, though the same tally is public through the API (GET /api/proposals/{id}/ballot).
        rule("GET", "/proposals/{id}/ballot", BALLOT, SIGNED_IN);
        // The chair's decision page names each member's vote: the chair, the secretariat, administrators.
        rule("GET", "/proposals/{id}/approval", BALLOT, BALLOT_OFFICERS);
        rule("POST", "/proposals/{id}/ballot/votes", BALLOT, VOTER, "position=ABSTAIN");
        rule("POST", "/proposals/{id}/ballot/closing", FRESH_BALLOT, SECRETARIAT, "");
        rule("POST", "/proposals/{id}/ballot/quorum-decision", BALLOT, SECRETARIAT, "decision=FAIL");
        // The proposal API.
        rule("GET", "/api/proposals", NONE, PUBLIC);
        rule("POST", "/api/proposals", NONE, EDITOR, "{\"kind\":\"NEW\",\"title\":\"矩阵测试\",\"scope\":\"s\",\"reason\":\"r\"}");
        rule("GET", "/api/proposals/{id}", DRAFT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/history", DRAFT, SEES_PROPOSAL);
        rule("POST", "/api/proposals/{id}/formal-check", FRESH_PROPOSED, SECRETARIAT, "{\"decision\":\"RETURN\",\"reason\":\"x\"}");
        rule("POST", "/api/proposals/{id}/resubmission", FRESH_PROPOSED, PROPOSER, "{}");
        rule("GET", "/api/proposals/{id}/draft/files/{file}", DRAFT, SEES_PROPOSAL);
        rule("PUT", "/api/proposals/{id}/draft/files/{file}", DRAFT, PROPOSER,
                "{\"text\":\"x\",\"baseRevision\":\"0000000\",\"message\":\"m\"}");
        rule("GET", "/api/proposals/{id}/draft/preview", DRAFT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/draft/revisions", DRAFT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/draft/check", DRAFT, SEES_PROPOSAL);
        rule("POST", "/api/proposals/{id}/draft/suggestions", DRAFT, PROPOSER, "{\"baseRevision\":\"0000000\"}");
        rule("POST", "/api/proposals/{id}/draft/word", DRAFT, PROPOSER, "{}");
        rule("GET", "/api/proposals/{id}/word-imports/{importId}", DRAFT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/word-imports/{importId}/document", DRAFT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/draft/files/{file}/diff", DRAFT, SEES_PROPOSAL);
        rule("POST", "/api/proposals/{id}/sending-for-comments", FRESH_DRAFT, PROPOSER, "{}");
        rule("POST", "/api/proposals/{id}/approval", DRAFT, CHAIR, "{\"decision\":\"RETURN\",\"reason\":\"x\"}");
        rule("POST", "/api/proposals/{id}/withdrawal", FRESH_DRAFT, PROPOSER, "{\"reason\":\"x\"}");
        rule("POST", "/api/proposals/{id}/periodic-review", DRAFT, SECRETARIAT, "{\"decision\":\"CONFIRM\"}");
        rule("POST", "/api/proposals/{id}/publication/retry", DRAFT, SECRETARIAT, "{}");
        // Comments and ballots (API).
        rule("POST", "/api/proposals/{id}/comments", COMMENTING, SIGNED_IN,
                "{\"clauseId\":\"_x\",\"clauseLabel\":\"1\",\"type\":\"ge\",\"body\":\"矩阵测试意见\"}");
        rule("GET", "/api/proposals/{id}/comments", DRAFT, SEES_PROPOSAL);
        rule("PUT", "/api/proposals/{id}/comments/{commentId}", FRESH_COMMENTING, COMMENT_AUTHOR,
                "{\"type\":\"ed\",\"body\":\"改过的意见\"}");
        rule("POST", "/api/proposals/{id}/comments/{commentId}/withdrawal", FRESH_COMMENTING, COMMENT_AUTHOR, "{}");
        rule("GET", "/api/proposals/{id}/comments/{commentId}/changes", COMMENTING, PUBLIC);
        rule("PUT", "/api/proposals/{id}/comments/{commentId}/disposition", COMMENTING, PROPOSER, "{\"disposition\":\"ACCEPTED\"}");
        rule("POST", "/api/proposals/{id}/comment-period/closing", FRESH_COMMENTING, SECRETARIAT, "{}");
        rule("POST", "/api/proposals/{id}/disposition/completion", COMMENTING, PROPOSER, "{}");
        rule("GET", "/api/proposals/{id}/comment-resolution.html", DRAFT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/comment-resolution.pdf", DRAFT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/ballot", BALLOT, SEES_PROPOSAL);
        rule("GET", "/api/proposals/{id}/ballot/rounds", DRAFT, SEES_PROPOSAL);
        rule("POST", "/api/proposals/{id}/ballot/votes", BALLOT, VOTER, "{\"position\":\"ABSTAIN\"}");
        rule("GET", "/api/proposals/{id}/ballot/votes", BALLOT, BALLOT_OFFICERS);
        rule("POST", "/api/proposals/{id}/ballot/closing", FRESH_BALLOT, SECRETARIAT, "{}");
        rule("POST", "/api/proposals/{id}/ballot/quorum-decision", BALLOT, SECRETARIAT, "{\"decision\":\"FAIL\"}");
    }

    private AuthorizationRules() {
    }

    private static void rule(String method, String pattern, Fixture fixture, AccessRule access) {
        rule(method, pattern, fixture, access, null);
    }

    private static void rule(String method, String pattern, Fixture fixture, AccessRule access, String body) {
        Rule rule = new Rule(method, pattern, fixture, access, body);
        if (RULES.put(rule.key(), rule) != null) {
            throw new IllegalStateException("two rules for " + rule.key());
        }
    }

    private static String enc(String s) {
        return WebSession.enc(s);
    }
}
