package cn.guifanku.content;

/**
 * A push over HTTP was received and decided, for the audit trail: one per pushed ref, accepted or refused (with the
 * reason the pusher was given). Fetches are no such event.
 *
 * @param address the client's address as the server sees it
 * @param path    the request's path (which door of the repository)
 */
public record GitPushed(String actor, String address, String path, String refName, String newId, boolean accepted,
                        String reason) {
}
