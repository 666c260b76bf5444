package cn.guifanku.proposal;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a proposal: a typed domain event (a record in the feature that owns the fact), one row
 * of the proposal's permanent history, published in the transaction of the change ({@link ProposalHistory#record}).
 * Listeners in other features receive it after the commit through Spring Modulith's event publication registry,
 * at least once: {@link #id()} stays the same on every delivery, so they can be idempotent.
 */
public interface ProposalEvent {

    UUID id();

    String proposalId();

    /** Who acted: a username, or {@code system} for the process's own steps (timers, jobs). */
    String actor();

    Instant at();

    ProposalAction action();

    /** The history's explanation in words (Chinese), or null. */
    String detail();

    /** The actor name of the process's own steps. */
    String SYSTEM = "system";

    /** Whether the process did this by itself (a timer, a job), not a person's request. */
    default boolean byProcess() {
        return SYSTEM.equals(actor());
    }
}
