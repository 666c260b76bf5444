package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposal for a new standard or a revision, and its state. Its draft lives on {@code branch} in {@code folder}.
 *
 * @param targetSlug the standard revised (a new standard gets its slug when the chair fixes its number)
 * @param replacesEdition what the approved edition replaces, fixed at approval by the record's rule: an edition's
 *                        number, "" for none, null before approval (or for proposals approved before it was kept)
 */
public record Proposal(String id, Kind kind, String title, String scope, String reason, String targetSlug,
                       String revisesEdition, String committeeId, String proposer, Instant createdAt, String branch,
                       String folder, Stage stage, String planNumber, String processInstanceId, String approvedNumber,
                       LocalDate issuedOn, LocalDate effectiveOn, String replacesEdition, String mergeCommit,
                       String failure, int version) {

    public enum Kind { NEW, REVISION }

    public boolean isProposer(String username) {
        return proposer.equals(username);
    }

    Proposal withProcess(String instance) {
        return new Proposal(id, kind, title, scope, reason, targetSlug, revisesEdition, committeeId, proposer, createdAt,
                branch, folder, stage, planNumber, instance, approvedNumber, issuedOn, effectiveOn, replacesEdition,
                mergeCommit, failure, version);
    }

    Proposal withPlan(String plan) {
        return new Proposal(id, kind, title, scope, reason, targetSlug, revisesEdition, committeeId, proposer, createdAt,
                branch, folder, stage, plan, processInstanceId, approvedNumber, issuedOn, effectiveOn, replacesEdition,
                mergeCommit, failure, version);
    }

    Proposal withApproval(String slug, String number, LocalDate issued, LocalDate effective, String replaces) {
        return new Proposal(id, kind, title, scope, reason, slug, revisesEdition, committeeId, proposer, createdAt,
                branch, folder, stage, planNumber, processInstanceId, number, issued, effective, replaces, mergeCommit,
                failure, version);
    }

    /** Publication's progress: the merge commit once made, and why the last try failed (null when it did not). */
    public Proposal withPublication(String merge, String why) {
        return new Proposal(id, kind, title, scope, reason, targetSlug, revisesEdition, committeeId, proposer, createdAt,
                branch, folder, stage, planNumber, processInstanceId, approvedNumber, issuedOn, effectiveOn,
                replacesEdition, merge, why, version);
    }
}
