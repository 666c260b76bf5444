package cn.guifanku.content;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One commit that sets a folder's content.
 *
 * @param expectedHead the branch head the author started from; {@code null} only for a branch that does not exist yet
 * @param files        the folder's complete new content, relative paths to bytes: files not listed are removed
 * @param trailers     Git trailers appended to the message, for example {@code Edition: wh-t-201/2024}
 * @param mergeParent  a second parent (a draft branch's head) when this commit merges a draft; otherwise {@code null}
 */
public record CommitRequest(String branch, String expectedHead, String folder, Map<String, byte[]> files,
                            Author author, OffsetDateTime when, String message, Map<String, String> trailers,
                            String mergeParent) {

    public CommitRequest {
        files = Map.copyOf(files);
        trailers = Map.copyOf(trailers);
    }

    /** An ordinary commit with one parent. */
    public CommitRequest(String branch, String expectedHead, String folder, Map<String, byte[]> files,
                         Author author, OffsetDateTime when, String message, Map<String, String> trailers) {
        this(branch, expectedHead, folder, files, author, when, message, trailers, null);
    }
}
