package cn.guifanku.process;

/** What the review model's 发布 step asks of the publication feature. */
public interface PublicationSteps {

    /** Merges and publishes the approved draft; throws when it failed (the engine retries). Idempotent. */
    void publish(String proposalId, String actor);

    /** The step ran out of retries: keep why. */
    void failed(String proposalId, String message);
}
